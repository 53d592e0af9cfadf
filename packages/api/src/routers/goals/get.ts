import {
  asOwner,
  type GoalRow,
  listChecklistItems,
  listGoalRevisions,
  listOwnChildGoals,
  listPlannedSessions,
} from "@stride/db/queries";
import { CHILD_LEVEL, PARENT_LEVEL } from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { cumulativeSeries, type GoalTally, weeklySeries } from "@stride/domain/progress";
import { ownGoalProcedure } from "../../procedures/goals";
import { describeChanges, targetOf, toGoalDto } from "../../services/goal-dto";
import {
  loadOwnParent,
  loadWeeklyDistances,
  planAmountFromStored,
  warningsFor,
} from "../../services/goal-rules";
import {
  type LoadedProgress,
  loadProgress,
  loadRunDistanceByWeek,
  progressIn,
} from "../../services/progress";
import { workoutReaderFor, workoutView } from "../../services/workouts";

/**
 * Chart data: weekly volume against each week's target (the ramp of its weekly micro goals) for
 * weekly targets; the running total against the steady line for a whole-period total.
 */
function chartFor(
  goal: GoalRow,
  tally: GoalTally | undefined,
  view: { today: string; distanceUnit: "km" | "mi" },
) {
  const target = targetOf(goal);
  if (
    !tally ||
    !target ||
    target.value === null ||
    (target.kind !== "total" && target.kind !== "sessions")
  )
    return null;
  const input = {
    target,
    period: { start: goal.periodStart, end: goal.periodEnd },
    tally,
    ...view,
  };
  const unit = target.unit === "km" || target.unit === "mi" ? view.distanceUnit : target.unit;
  if (target.per === "week") return { kind: "weekly" as const, unit, points: weeklySeries(input) };
  if (target.per === "period")
    return { kind: "cumulative" as const, unit, points: cumulativeSeries(input) };
  return null;
}

const withProgress = (row: GoalRow, loaded: LoadedProgress) => ({
  ...toGoalDto(row),
  progress: progressIn(loaded, row.id),
});

/** One goal with its plan, checklist, parent, children, warnings and history of adjustments. */
export const get = ownGoalProcedure.query(async ({ ctx }) => {
  const { goal, db, viewerId } = ctx;
  const today = todayIn(ctx.profile.timeZone);
  const [parent, children, plan, checklist, revisions, distances, logged] = await Promise.all([
    loadOwnParent(db, viewerId, goal.parentId),
    listOwnChildGoals(db, { ownerId: viewerId, parentId: goal.id }),
    listPlannedSessions(db, { ownerId: viewerId, goalIds: [goal.id] }),
    listChecklistItems(db, { ownerId: viewerId, goalIds: [goal.id] }),
    listGoalRevisions(db, { ownerId: viewerId, goalId: goal.id }),
    loadWeeklyDistances(db, {
      viewer: asOwner(viewerId),
      athleteId: viewerId,
      from: goal.periodStart,
      to: goal.periodStart,
    }),
    loadRunDistanceByWeek(db, {
      viewer: asOwner(viewerId),
      athleteId: viewerId,
      from: addDaysTo(goal.periodStart, -14),
      to: goal.periodStart,
    }),
  ]);

  const [loaded, reader] = await Promise.all([
    loadProgress(db, [goal, ...(parent ? [parent] : []), ...children], {
      distanceUnit: ctx.profile.distanceUnit,
      todayOf: () => today,
    }),
    workoutReaderFor(db, {
      viewer: asOwner(viewerId),
      athleteId: viewerId,
      distanceUnit: ctx.profile.distanceUnit,
      workouts: plan.map((session) => session.workout),
    }),
  ]);

  return {
    goal: toGoalDto(goal, checklist.length),
    progress: progressIn(loaded, goal.id),
    chart: chartFor(goal, loaded.tallies.get(goal.id), {
      today,
      distanceUnit: ctx.profile.distanceUnit,
    }),
    parent: parent ? withProgress(parent, loaded) : null,
    parentLevel: PARENT_LEVEL[goal.level],
    childLevel: CHILD_LEVEL[goal.level],
    children: children.map((child) => withProgress(child, loaded)),
    plan: plan.map((session) => ({
      ...session,
      amount: planAmountFromStored(session.amount, goal.targetUnit),
      ...workoutView(session.workout, reader),
    })),
    checklist: checklist.map(({ id, label, doneOn }) => ({ id, label, doneOn })),
    warnings: warningsFor(
      goal,
      { plannedSessions: plan.length, checklistItems: checklist.length },
      distances,
      ctx.profile,
      logged,
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
