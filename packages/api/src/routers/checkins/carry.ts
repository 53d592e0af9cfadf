import type { Database } from "@stride/db/client";
import {
  findOwnGoal,
  type GoalRow,
  insertGoal,
  insertGoalRevision,
  listPlannedSessions,
  nextGoalPosition,
  replacePlannedSessions,
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
  await replacePlannedSessions(
    db,
    carried.id,
    sessions.map(({ day, time, activityType, amount, note }) => ({
      day: addDaysTo(day, 7),
      time,
      activityType,
      amount,
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
