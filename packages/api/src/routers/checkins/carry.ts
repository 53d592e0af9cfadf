import type { Database } from "@stride/db/client";
import {
  archiveOwnGoal,
  findOwnGoal,
  type GoalRow,
  insertGoal,
  insertGoalRevision,
  listPlannedSessions,
  nextGoalPosition,
  replacePlannedSessions,
  resizeOwnGoalTarget,
  restoreOwnGoal,
} from "@stride/db/queries";
import { addDaysTo, formatCalendarDate, isInside } from "@stride/domain/periods";
import { toStored } from "@stride/domain/units";

/**
 * Next week's micro goal carried from this week's: the same plan a week later, under the same block
 * while the block covers that week, linked to the original. "Smaller" sets a new target amount.
 */
export async function carryToNextWeek(
  db: Database,
  input: { viewerId: string; goal: GoalRow; smallerValue: number | null },
) {
  const { viewerId, goal } = input;
  const start = addDaysTo(goal.periodStart, 7);
  const week = { start, end: addDaysTo(start, 6) };
  const parent = goal.parentId
    ? await findOwnGoal(db, { viewerId, goalId: goal.parentId })
    : undefined;
  const parentId =
    parent &&
    parent.archivedAt === null &&
    isInside(week, { start: parent.periodStart, end: parent.periodEnd })
      ? parent.id
      : null;
  const { id, createdAt, updatedAt, version, archivedAt, status, ...fields } = goal;
  const carried = await insertGoal(db, {
    ...fields,
    parentId,
    periodStart: week.start,
    periodEnd: week.end,
    position: await nextGoalPosition(db, { viewerId, parentId, level: "micro" }),
    copiedFromId: goal.id,
    targetValue:
      input.smallerValue !== null && goal.targetUnit
        ? toStored(input.smallerValue, goal.targetUnit)
        : goal.targetValue,
  });
  const sessions = await listPlannedSessions(db, { viewerId, goalIds: [goal.id] });
  // A smaller week shrinks every planned session by the same share.
  const scale =
    goal.targetValue && carried.targetValue ? carried.targetValue / goal.targetValue : 1;
  await replacePlannedSessions(
    db,
    carried.id,
    sessions.map(({ day, time, activityType, amount, note }) => ({
      day: addDaysTo(day, 7),
      time,
      activityType,
      amount: amount === null ? null : amount * scale,
      note,
    })),
  );
  await insertGoalRevision(db, {
    goalId: carried.id,
    actorId: viewerId,
    kind: "created",
    reason: `Carried${input.smallerValue !== null ? ", smaller," : ""} from the check-in for the week of ${formatCalendarDate(goal.periodStart, "d MMM")}`,
    changes: {},
  });
  return carried;
}

type Entry = { decision: "carry" | "carry_smaller" | "let_go" | null; smallerValue: number | null };

/**
 * Keeps next week's carried goal in line with the check-in's decision for one goal: made on the
 * first carry, resized when "as it is" and "smaller" swap, archived when the carry is withdrawn.
 * Returns the carried goal's id, or null.
 */
export async function applyCarryDecision(
  db: Database,
  input: { viewerId: string; goal: GoalRow; entry: Entry; carriedGoalId: string | null },
): Promise<string | null> {
  const { viewerId, goal, entry } = input;
  const carrying = entry.decision === "carry" || entry.decision === "carry_smaller";
  const smallerValue = entry.decision === "carry_smaller" ? entry.smallerValue : null;
  const carried = input.carriedGoalId
    ? await findOwnGoal(db, { viewerId, goalId: input.carriedGoalId })
    : undefined;

  if (!carried)
    return carrying ? (await carryToNextWeek(db, { viewerId, goal, smallerValue })).id : null;

  if (!carrying) {
    await archiveOwnGoal(db, { viewerId, goalId: carried.id });
    await insertGoalRevision(db, {
      goalId: carried.id,
      actorId: viewerId,
      kind: "archived",
      reason: "The check-in no longer carries it",
      changes: {},
    });
    return null;
  }
  const wanted =
    smallerValue !== null && goal.targetUnit
      ? toStored(smallerValue, goal.targetUnit)
      : goal.targetValue;
  if (wanted !== carried.targetValue) {
    await resizeOwnGoalTarget(db, { viewerId, goalId: carried.id, targetValue: wanted });
    await insertGoalRevision(db, {
      goalId: carried.id,
      actorId: viewerId,
      kind: "updated",
      reason: "Changed in the weekly check-in",
      changes: { targetValue: { from: carried.targetValue, to: wanted } },
    });
  }
  if (carried.archivedAt) await restoreOwnGoal(db, { viewerId, goalId: carried.id });
  return carried.id;
}
