import type { Database } from "@stride/db/client";
import {
  asOwner,
  findGoal,
  type GoalRow,
  insertGoalRevision,
  listChecklistItems,
  listOwnChildGoals,
  listPlannedSessions,
  refreshProgress,
  replacePlannedSessions,
  syncChecklistItems,
  targetColumns,
  updateOwnGoalAtVersion,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import {
  assertChildrenFit,
  assertGoalStructure,
  diffFields,
  followTargetChange,
  isAdjustment,
  scaledAmount,
  toStoredTarget,
  type UpdateGoalInput,
} from "@stride/domain/goals";
import { goalPeriod } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import type { Workout } from "@stride/domain/training";
import { targetOf, toGoalDto } from "./goal-dto";
import { loadOwnParent, parentShape, planAmountToStored } from "./goal-rules";

/** The CONFLICT an edit meets when the goal changed after the editor opened it. */
export function goalConflict(current: GoalRow) {
  return new DomainError(
    "CONFLICT",
    "This goal was changed somewhere else (another tab or device) after you opened it. Review the latest version, then make your change again.",
    { details: { current: toGoalDto(current) } },
  );
}

/**
 * Applies an edit to the athlete's goal at the version it started from. Used by `goals.update`
 * and by accepting a coach's proposal (`proposedById` names the coach in the history). If the
 * goal has moved on since, the answer is CONFLICT with the current goal and nothing is
 * overwritten. Changing the target or period of an active goal is an adjustment and needs a
 * reason for the history.
 */
export async function updateGoalFor(
  db: Database,
  args: {
    viewerId: string;
    profile: Profile;
    goal: GoalRow;
    input: Omit<UpdateGoalInput, "id">;
    proposedById?: string | null;
  },
) {
  const { viewerId, goal, profile, input } = args;
  if (input.version !== goal.version) throw goalConflict(goal);
  const changes = input.changes;

  const { start: periodStart, end: periodEnd } = goalPeriod(
    goal.level,
    changes.periodStart ?? goal.periodStart,
    changes.periodEnd ?? goal.periodEnd,
  );
  const parentId = changes.parentId === undefined ? goal.parentId : changes.parentId;
  const target =
    changes.target === undefined
      ? targetOf(goal)
      : changes.target && toStoredTarget(changes.target);

  const [parent, children, currentPlan, currentChecklist] = await Promise.all([
    loadOwnParent(db, viewerId, parentId),
    listOwnChildGoals(db, { ownerId: viewerId, parentId: goal.id }),
    listPlannedSessions(db, { ownerId: viewerId, goalIds: [goal.id] }),
    listChecklistItems(db, { ownerId: viewerId, goalIds: [goal.id] }),
  ]);
  const planFields = (s: {
    day: string;
    time: string | null;
    activityType: GoalRow["targetActivityTypes"][number];
    note: string;
    amount: number | null;
    workout?: Workout | null;
  }) => ({
    day: s.day,
    time: s.time,
    activityType: s.activityType,
    note: s.note,
    amount: s.amount,
    workout: s.workout ?? null,
  });
  // A change of target the request did not spell out carries a title written from the old
  // amount, and the plan's amounts, along (a coach's proposal names only what it changes).
  const follow =
    changes.target !== undefined
      ? followTargetChange({ title: goal.title, from: targetOf(goal), to: target })
      : { title: null, planScale: null };
  const title = changes.title ?? follow.title ?? undefined;
  const scale = follow.planScale;
  const newPlan =
    changes.plan?.map((s) =>
      planFields({ ...s, amount: planAmountToStored(s.amount, target?.unit ?? null) }),
    ) ??
    (scale !== null && currentPlan.some((s) => s.amount !== null)
      ? currentPlan.map((s) =>
          planFields({
            ...s,
            amount: s.amount === null ? null : scaledAmount(s.amount, scale, target?.unit ?? ""),
          }),
        )
      : undefined);
  const plan = newPlan ?? currentPlan;
  assertGoalStructure({
    level: goal.level,
    period: { start: periodStart, end: periodEnd },
    // An archived parent blocks moving a goal under it, not editing a goal already there.
    parent: parentShape(parent, { checkArchived: parentId !== goal.parentId }),
    weekStart: profile.weekStart,
    planDays: plan.map((session) => session.day),
    rampWeeks: [],
  });
  assertChildrenFit(
    { start: periodStart, end: periodEnd },
    children
      .filter((child) => child.archivedAt === null)
      .map((c) => ({ level: c.level, period: { start: c.periodStart, end: c.periodEnd } })),
  );

  const diff = diffFields(
    {
      title: goal.title,
      why: goal.why,
      strategy: goal.strategy,
      category: goal.category,
      visibility: goal.visibility,
      target: targetOf(goal),
      periodStart: goal.periodStart,
      periodEnd: goal.periodEnd,
      parentId: goal.parentId,
      plan: currentPlan.map(planFields),
      checklist: currentChecklist.map((item) => item.label),
    },
    {
      title,
      why: changes.why,
      strategy: changes.strategy,
      category: changes.category,
      visibility: changes.visibility,
      target: changes.target === undefined ? undefined : target,
      periodStart: changes.periodStart === undefined ? undefined : periodStart,
      periodEnd:
        changes.periodStart === undefined && changes.periodEnd === undefined
          ? undefined
          : periodEnd,
      parentId: changes.parentId,
      plan: newPlan,
      checklist: changes.checklist,
    },
  );
  if (Object.keys(diff).length === 0) return { goal: toGoalDto(goal), changed: false };
  if (isAdjustment(goal.status, diff) && !input.reason) {
    throw new DomainError(
      "INVALID",
      "Say why you're adjusting the target or dates. Adjusting is part of the plan, and the reason is kept in the goal's history.",
      { field: "reason" },
    );
  }
  if ("parentId" in diff) {
    diff.parent = { from: goal.parentId ? "another goal" : null, to: parent?.title ?? null };
    delete diff.parentId;
  }

  const updated = await db.transaction(async (tx) => {
    const row = await updateOwnGoalAtVersion(tx, {
      ownerId: viewerId,
      goalId: goal.id,
      version: input.version,
      set: {
        title,
        why: changes.why,
        strategy: changes.strategy,
        category: changes.category,
        visibility: changes.visibility,
        parentId,
        periodStart,
        periodEnd,
        ...(changes.target === undefined ? {} : targetColumns(target)),
      },
    });
    // Someone saved between our read and this write; nothing has been written yet.
    if (!row) return undefined;
    if (newPlan) await replacePlannedSessions(tx, goal.id, newPlan);
    if (changes.checklist) await syncChecklistItems(tx, goal.id, changes.checklist);
    await insertGoalRevision(tx, {
      goalId: goal.id,
      actorId: viewerId,
      proposedById: args.proposedById ?? null,
      kind: "updated",
      reason: input.reason,
      changes: diff,
    });
    // The goal, its ancestors, and the block it left when it moved.
    await refreshProgress(tx, {
      athleteId: viewerId,
      goalIds: [goal.id, ...(goal.parentId && goal.parentId !== parentId ? [goal.parentId] : [])],
    });
    return row;
  });
  if (!updated) {
    const current = await findGoal(db, { viewer: asOwner(viewerId), goalId: goal.id });
    if (current) throw goalConflict(current);
    throw new DomainError("NOT_FOUND", "That goal was not found.");
  }
  return { goal: toGoalDto(updated), changed: true };
}
