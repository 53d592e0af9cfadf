import {
  type GoalRow,
  listChecklistItems,
  listGoalRevisions,
  listOwnChildGoals,
  listPlannedSessions,
} from "@stride/db/queries";
import { CHILD_LEVEL, PARENT_LEVEL } from "@stride/domain/goals";
import { todayIn, weekStartOf } from "@stride/domain/periods";
import { cumulativeSeries, weeklySeries } from "@stride/domain/progress";
import {
  loadProgressData,
  loggedRunDistanceByWeek,
  type ProgressData,
  progressOf,
} from "../../progress";
import { describeChanges, targetOf, toGoalDto } from "./dto";
import { ownGoalProcedure } from "./procedures";
import { loadOwnParent, loadWeeklyDistances, planAmountFromStored, warningsFor } from "./shared";

/**
 * Chart data: weekly volume against the target (and the ramp of its weekly micro goals) for weekly
 * targets; the running total against the steady line for a whole-period total.
 */
function chartFor(goal: GoalRow, children: GoalRow[], data: ProgressData) {
  const target = targetOf(goal);
  if (!target || target.value === null || (target.kind !== "total" && target.kind !== "sessions"))
    return null;
  const input = {
    target,
    period: { start: goal.periodStart, end: goal.periodEnd },
    days: data.days,
    habits: data.habits.get(goal.id) ?? [],
    weekStart: data.profile.weekStart,
    today: data.today,
    distanceUnit: data.profile.distanceUnit,
    plannedByWeek: new Map(
      children
        .filter(
          (child) =>
            child.level === "micro" && child.archivedAt === null && child.targetValue !== null,
        )
        .map((child) => [child.periodStart, child.targetValue ?? 0]),
    ),
  };
  const unit =
    target.unit === "km" || target.unit === "mi" ? data.profile.distanceUnit : target.unit;
  if (target.per === "week") return { kind: "weekly" as const, unit, points: weeklySeries(input) };
  if (target.per === "period")
    return { kind: "cumulative" as const, unit, points: cumulativeSeries(input) };
  return null;
}

/** One goal with its plan, checklist, parent, children, warnings and history of adjustments. */
export const getGoal = ownGoalProcedure.query(async ({ ctx }) => {
  const { goal, db, viewerId } = ctx;
  const today = todayIn(ctx.profile.timeZone);
  const [parent, children, plan, checklist, revisions, distances] = await Promise.all([
    loadOwnParent(db, viewerId, goal.parentId),
    listOwnChildGoals(db, { viewerId, parentId: goal.id }),
    listPlannedSessions(db, { viewerId, goalIds: [goal.id] }),
    listChecklistItems(db, { viewerId, goalIds: [goal.id] }),
    listGoalRevisions(db, { viewerId, goalId: goal.id }),
    loadWeeklyDistances(db, viewerId, goal.periodStart, goal.periodStart),
  ]);

  const related = [goal, ...(parent ? [parent] : []), ...children];
  const progressData = await loadProgressData(db, {
    viewerId,
    goals: related,
    today,
    profile: ctx.profile,
  });
  const done = checklist.filter((item) => item.doneOn !== null).length;
  const progress = progressOf(goal, progressData, { done, total: checklist.length });

  return {
    goal: toGoalDto(goal, checklist.length),
    progress,
    chart: chartFor(goal, children, progressData),
    parent: parent ? { ...toGoalDto(parent), progress: progressOf(parent, progressData) } : null,
    parentLevel: PARENT_LEVEL[goal.level],
    childLevel: CHILD_LEVEL[goal.level],
    children: children.map((child) => ({
      ...toGoalDto(child),
      progress: progressOf(child, progressData),
    })),
    plan: plan.map((session) => ({
      ...session,
      amount: planAmountFromStored(session.amount, goal.targetUnit),
    })),
    checklist: checklist.map(({ id, label, doneOn }) => ({ id, label, doneOn })),
    warnings: warningsFor(
      goal,
      { plannedSessions: plan.length, checklistItems: checklist.length },
      distances,
      ctx.profile,
      loggedRunDistanceByWeek(progressData),
    ),
    history: revisions.map((revision) => ({
      id: revision.id,
      kind: revision.kind,
      reason: revision.reason,
      actorName: revision.actorId === viewerId ? "You" : (revision.actorName ?? "Deleted user"),
      proposedBy: revision.proposedByName,
      createdAt: revision.createdAt,
      changes: describeChanges(revision.changes),
    })),
    today,
    thisWeekStart: weekStartOf(today, ctx.profile.weekStart),
    weekStartDay: ctx.profile.weekStart,
    distanceUnit: ctx.profile.distanceUnit,
    timeZone: ctx.profile.timeZone,
  };
});
