import {
  listChecklistItems,
  listGoalRevisions,
  listOwnChildGoals,
  listPlannedSessions,
} from "@stride/db/queries";
import { CHILD_LEVEL, PARENT_LEVEL } from "@stride/domain/goals";
import { todayIn, weekStartOf } from "@stride/domain/periods";
import { describeChanges, toGoalDto } from "./dto";
import { ownGoalProcedure } from "./procedures";
import { loadOwnParent, loadWeeklyDistances, planAmountFromStored, warningsFor } from "./shared";

/** One goal with its plan, checklist, parent, children, warnings and history of adjustments. */
export const getGoal = ownGoalProcedure.query(async ({ ctx }) => {
  const { goal, db, viewerId } = ctx;
  const [parent, children, plan, checklist, revisions, distances] = await Promise.all([
    loadOwnParent(db, viewerId, goal.parentId),
    listOwnChildGoals(db, { viewerId, parentId: goal.id }),
    listPlannedSessions(db, { viewerId, goalIds: [goal.id] }),
    listChecklistItems(db, { viewerId, goalIds: [goal.id] }),
    listGoalRevisions(db, { viewerId, goalId: goal.id }),
    loadWeeklyDistances(db, viewerId, goal.periodStart, goal.periodStart),
  ]);
  const today = todayIn(ctx.profile.timeZone);

  return {
    goal: toGoalDto(goal, checklist.length),
    parent: parent ? toGoalDto(parent) : null,
    parentLevel: PARENT_LEVEL[goal.level],
    childLevel: CHILD_LEVEL[goal.level],
    children: children.map((child) => toGoalDto(child)),
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
    ),
    history: revisions.map((revision) => ({
      id: revision.id,
      kind: revision.kind,
      reason: revision.reason,
      actorName: revision.actorId === viewerId ? "You" : (revision.actorName ?? "Deleted user"),
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
