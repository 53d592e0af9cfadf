import type { Database } from "@stride/db/client";
import {
  type GoalRow,
  insertGoal,
  insertGoalRevision,
  type listPlannedSessions,
  nextGoalPosition,
  replacePlannedSessions,
  syncChecklistItems,
} from "@stride/db/queries";
import { addDaysTo } from "@stride/domain/periods";

type PlannedSession = Awaited<ReturnType<typeof listPlannedSessions>>[number];

/**
 * Copies the micro goal `source` into `week` (the week after its own), under `parentId` and after
 * that week's other goals, linked to the original: its checklist unticked (when given), its
 * planned `sessions` a week later with their amounts times `scale`, and a "created" revision
 * giving `reason`. `targetValue`, when given, replaces the original's. Returns the copy's row.
 */
export async function copyGoalIntoWeek(
  db: Database,
  input: {
    viewerId: string;
    source: GoalRow;
    week: { start: string; end: string };
    parentId: string | null;
    targetValue?: number | null;
    checklist?: readonly string[];
    sessions: readonly PlannedSession[];
    scale?: number;
    reason: string;
  },
) {
  const { viewerId, source, week, parentId, scale = 1 } = input;
  const { id, createdAt, updatedAt, version, archivedAt, status, ...fields } = source;
  const copy = await insertGoal(db, {
    ...fields,
    parentId,
    periodStart: week.start,
    periodEnd: week.end,
    position: await nextGoalPosition(db, { ownerId: viewerId, parentId, level: "micro" }),
    copiedFromId: source.id,
    ...(input.targetValue !== undefined && { targetValue: input.targetValue }),
  });
  // A new week starts with a fresh checklist: same items, nothing ticked yet.
  if (input.checklist) await syncChecklistItems(db, copy.id, input.checklist);
  await replacePlannedSessions(
    db,
    copy.id,
    input.sessions.map(({ day, time, activityType, amount, note, workout }) => ({
      day: addDaysTo(day, 7),
      time,
      activityType,
      amount: amount === null ? null : amount * scale,
      note,
      workout,
    })),
  );
  await insertGoalRevision(db, {
    goalId: copy.id,
    actorId: viewerId,
    kind: "created",
    reason: input.reason,
    changes: {},
  });
  return copy;
}
