import { storedWorkout, type Workout } from "@stride/domain/training";
import { and, asc, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import type { Database } from "../client";
import { checklistItems, goals, plannedSessions } from "../schema";
import { isAnyOf } from "./id-list";
import { asOwner, goalsVisibleTo, type Viewer } from "./policy";

/** The columns of a planned session that screens and calendars use. */
const sessionColumns = {
  id: plannedSessions.id,
  goalId: plannedSessions.goalId,
  day: plannedSessions.day,
  time: plannedSessions.time,
  activityType: plannedSessions.activityType,
  amount: plannedSessions.amount,
  note: plannedSessions.note,
  workout: plannedSessions.workout,
};

/** The workout column parsed with the domain's schema on the way out. */
function withWorkout<Row extends { workout: unknown }>(
  row: Row,
): Row & { workout: Workout | null } {
  return { ...row, workout: storedWorkout(row.workout) };
}

export async function listPlannedSessions(
  db: Database,
  input: { ownerId: string; goalIds: readonly string[] },
) {
  if (input.goalIds.length === 0) return [];
  return db
    .select({ ...sessionColumns, position: plannedSessions.position })
    .from(plannedSessions)
    .innerJoin(goals, eq(goals.id, plannedSessions.goalId))
    .where(
      and(isAnyOf(plannedSessions.goalId, input.goalIds), goalsVisibleTo(asOwner(input.ownerId))),
    )
    .orderBy(asc(plannedSessions.day), asc(plannedSessions.time), asc(plannedSessions.position))
    .then((rows) => rows.map(withWorkout));
}

export type NewPlannedSession = Omit<typeof plannedSessions.$inferInsert, "goalId" | "id">;

/** Replaces a goal's whole plan. The caller has checked the goal is the viewer's. */
export async function replacePlannedSessions(
  db: Database,
  goalId: string,
  sessions: readonly NewPlannedSession[],
) {
  await db.delete(plannedSessions).where(eq(plannedSessions.goalId, goalId));
  if (sessions.length === 0) return;
  await db
    .insert(plannedSessions)
    .values(sessions.map((s, position) => ({ ...s, goalId, position })));
}

export async function listChecklistItems(
  db: Database,
  input: { ownerId: string; goalIds: readonly string[] },
) {
  if (input.goalIds.length === 0) return [];
  return db
    .select({
      id: checklistItems.id,
      goalId: checklistItems.goalId,
      label: checklistItems.label,
      doneOn: checklistItems.doneOn,
      position: checklistItems.position,
    })
    .from(checklistItems)
    .innerJoin(goals, eq(goals.id, checklistItems.goalId))
    .where(
      and(isAnyOf(checklistItems.goalId, input.goalIds), goalsVisibleTo(asOwner(input.ownerId))),
    )
    .orderBy(asc(checklistItems.position));
}

/**
 * Makes a goal's checklist match `labels` in that order. Items that keep their label keep their
 * tick, so renaming the list never loses what was done. The caller has checked ownership.
 */
export async function syncChecklistItems(db: Database, goalId: string, labels: readonly string[]) {
  const existing = await db.select().from(checklistItems).where(eq(checklistItems.goalId, goalId));
  const unused = new Map<string, (typeof existing)[number][]>();
  for (const item of existing) unused.set(item.label, [...(unused.get(item.label) ?? []), item]);
  const keep: { id: string; position: number }[] = [];
  const add: { goalId: string; label: string; position: number }[] = [];
  for (const [position, label] of labels.entries()) {
    const match = unused.get(label)?.shift();
    if (match) keep.push({ id: match.id, position });
    else add.push({ goalId, label, position });
  }
  const keptIds = new Set(keep.map((k) => k.id));
  const remove = existing.filter((item) => !keptIds.has(item.id)).map((item) => item.id);
  if (remove.length > 0) await db.delete(checklistItems).where(inArray(checklistItems.id, remove));
  for (const item of keep) {
    await db
      .update(checklistItems)
      .set({ position: item.position })
      .where(eq(checklistItems.id, item.id));
  }
  if (add.length > 0) await db.insert(checklistItems).values(add);
}

export async function setOwnChecklistItemDone(
  db: Database,
  input: { ownerId: string; itemId: string; doneOn: string | null },
) {
  const [row] = await db
    .update(checklistItems)
    .set({ doneOn: input.doneOn })
    .where(
      and(
        eq(checklistItems.id, input.itemId),
        inArray(
          checklistItems.goalId,
          db
            .select({ id: goals.id })
            .from(goals)
            .where(goalsVisibleTo(asOwner(input.ownerId))),
        ),
      ),
    )
    .returning({
      id: checklistItems.id,
      goalId: checklistItems.goalId,
      doneOn: checklistItems.doneOn,
    });
  return row;
}

/**
 * An athlete's planned sessions between two days, with their micro goal, for the week, the
 * calendar and the coach's view (who sees those of goals shown to them).
 */
export async function listPlannedSessionsBetween(
  db: Database,
  input: { viewer: Viewer; athleteId: string; from: string; to: string },
) {
  return db
    .select({
      ...sessionColumns,
      goalTitle: goals.title,
      goalStrategy: goals.strategy,
      targetUnit: goals.targetUnit,
    })
    .from(plannedSessions)
    .innerJoin(goals, eq(goals.id, plannedSessions.goalId))
    .where(
      and(
        eq(goals.athleteId, input.athleteId),
        goalsVisibleTo(input.viewer),
        isNull(goals.archivedAt),
        gte(plannedSessions.day, input.from),
        lte(plannedSessions.day, input.to),
      ),
    )
    .orderBy(asc(plannedSessions.day), asc(plannedSessions.time), asc(plannedSessions.position))
    .then((rows) => rows.map(withWorkout));
}

export async function findOwnPlannedSession(
  db: Database,
  input: { ownerId: string; sessionId: string },
) {
  const [row] = await db
    .select({ ...sessionColumns, targetUnit: goals.targetUnit, goalTitle: goals.title })
    .from(plannedSessions)
    .innerJoin(goals, eq(goals.id, plannedSessions.goalId))
    .where(and(eq(plannedSessions.id, input.sessionId), goalsVisibleTo(asOwner(input.ownerId))));
  return row && withWorkout(row);
}
