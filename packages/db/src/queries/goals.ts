import type { StoredTarget } from "@stride/domain/goals";
import { and, asc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { type checklistItems, goalRevisions, goals, plannedSessions, profiles } from "../schema";

export type GoalRow = typeof goals.$inferSelect;
export type NewGoalRow = typeof goals.$inferInsert;
export type PlannedSessionRow = typeof plannedSessions.$inferSelect;
export type ChecklistItemRow = typeof checklistItems.$inferSelect;

import { isAnyOf } from "./id-list";
import { asOwner, athleteDataVisibleTo, goalsVisibleTo, type Viewer } from "./policy";

/** A target (in stored units) as the goal row's columns; null clears them all. */
export function targetColumns(target: StoredTarget | null) {
  return {
    targetKind: target?.kind ?? null,
    targetUnit: target?.unit ?? null,
    targetValue: target?.value ?? null,
    targetBaseline: target?.baseline ?? null,
    targetPer: target?.per ?? null,
    targetActivityTypes: target?.activityTypes ?? [],
    targetLabel: target?.label ?? null,
    targetEventDistanceMetres: target?.eventDistanceMetres ?? null,
  };
}

/** A goal the viewer may see: their own, or (as a coach) one the athlete shows them. */
export async function findGoal(db: Database, input: { viewer: Viewer; goalId: string }) {
  const [row] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.id, input.goalId), goalsVisibleTo(input.viewer)));
  return row;
}

export async function listOwnGoals(
  db: Database,
  input: { ownerId: string; goalIds: readonly string[] },
) {
  if (input.goalIds.length === 0) return [];
  return db
    .select()
    .from(goals)
    .where(and(isAnyOf(goals.id, input.goalIds), goalsVisibleTo(asOwner(input.ownerId))));
}

export async function listOwnChildGoals(
  db: Database,
  input: { ownerId: string; parentId: string },
) {
  return db
    .select()
    .from(goals)
    .where(and(eq(goals.parentId, input.parentId), goalsVisibleTo(asOwner(input.ownerId))))
    .orderBy(asc(goals.position), asc(goals.periodStart));
}

export async function nextGoalPosition(
  db: Database,
  input: { ownerId: string; parentId: string | null; level: GoalRow["level"] },
) {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${goals.position}), -1) + 1` })
    .from(goals)
    .where(
      and(
        goalsVisibleTo(asOwner(input.ownerId)),
        eq(goals.level, input.level),
        input.parentId ? eq(goals.parentId, input.parentId) : isNull(goals.parentId),
      ),
    );
  return Number(row?.next ?? 0);
}

export async function insertGoal(db: Database, values: NewGoalRow) {
  const [row] = await db.insert(goals).values(values).returning();
  if (!row) throw new Error("insertGoal returned no row");
  return row;
}

/**
 * Applies `set` only if the goal is still at `version`, and bumps the version. Undefined means
 * someone else saved first (or the goal is not the viewer's).
 */
export async function updateOwnGoalAtVersion(
  db: Database,
  input: { ownerId: string; goalId: string; version: number; set: Partial<NewGoalRow> },
) {
  const [row] = await db
    .update(goals)
    .set({ ...input.set, version: sql`${goals.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(goals.id, input.goalId),
        goalsVisibleTo(asOwner(input.ownerId)),
        eq(goals.version, input.version),
      ),
    )
    .returning();
  return row;
}

export async function setOwnGoalPositions(
  db: Database,
  input: { ownerId: string; ids: readonly string[] },
) {
  await db.transaction(async (tx) => {
    for (const [position, id] of input.ids.entries()) {
      await tx
        .update(goals)
        .set({ position })
        .where(and(eq(goals.id, id), goalsVisibleTo(asOwner(input.ownerId))));
    }
  });
}

export async function insertGoalRevision(
  db: Database,
  values: typeof goalRevisions.$inferInsert | readonly (typeof goalRevisions.$inferInsert)[],
) {
  const rows = Array.isArray(values) ? values : [values];
  if (rows.length > 0) await db.insert(goalRevisions).values([...rows]);
}

const proposer = alias(profiles, "proposer");

export async function listGoalRevisions(db: Database, input: { ownerId: string; goalId: string }) {
  return db
    .select({
      id: goalRevisions.id,
      kind: goalRevisions.kind,
      reason: goalRevisions.reason,
      changes: goalRevisions.changes,
      createdAt: goalRevisions.createdAt,
      actorId: goalRevisions.actorId,
      actorName: profiles.name,
      proposedByName: proposer.name,
    })
    .from(goalRevisions)
    .innerJoin(goals, eq(goals.id, goalRevisions.goalId))
    .leftJoin(profiles, eq(profiles.userId, goalRevisions.actorId))
    .leftJoin(proposer, eq(proposer.userId, goalRevisions.proposedById))
    .where(and(eq(goalRevisions.goalId, input.goalId), goalsVisibleTo(asOwner(input.ownerId))))
    .orderBy(sql`${goalRevisions.createdAt} desc, ${goalRevisions.id} desc`);
}

/**
 * Planned distance (metres) per micro week of an athlete, from micro goals with a distance
 * target: the numbers the 10% ramp check compares week to week. A figure, never a goal's words,
 * so a coach's warnings read the whole plan (private weeks included), as the athlete's do.
 */
export async function plannedDistanceByWeek(
  db: Database,
  input: { viewer: Viewer; athleteId: string; from: string; to: string },
) {
  const rows = await db
    .select({
      weekStart: goals.periodStart,
      // A per-day target ("3 km each day") plans seven times that in the week.
      metres:
        sql<number>`sum(case when ${goals.targetPer} = 'day' then ${goals.targetValue} * 7 else ${goals.targetValue} end)`.mapWith(
          Number,
        ),
    })
    .from(goals)
    .where(
      and(
        eq(goals.athleteId, input.athleteId),
        athleteDataVisibleTo(input.viewer, goals.athleteId),
        eq(goals.level, "micro"),
        isNull(goals.archivedAt),
        inArray(goals.targetUnit, ["km", "mi"]),
        eq(goals.targetKind, "total"),
        gte(goals.periodStart, input.from),
        lte(goals.periodStart, input.to),
      ),
    )
    .groupBy(goals.periodStart);
  return new Map(rows.map((row) => [row.weekStart, row.metres]));
}

/** The owner's micro goals of one week that are not archived. */
export function ownMicroGoalsOfWeek(input: { ownerId: string; weekStart: string }) {
  return and(
    goalsVisibleTo(asOwner(input.ownerId)),
    eq(goals.level, "micro"),
    eq(goals.periodStart, input.weekStart),
    isNull(goals.archivedAt),
  );
}

export async function findOwnMicroGoalsOfWeek(
  db: Database,
  input: { ownerId: string; weekStart: string },
) {
  return db.select().from(goals).where(ownMicroGoalsOfWeek(input)).orderBy(asc(goals.position));
}

export async function archiveOwnGoal(db: Database, input: { ownerId: string; goalId: string }) {
  await db
    .update(goals)
    .set({ archivedAt: new Date(), version: sql`${goals.version} + 1`, updatedAt: new Date() })
    .where(and(eq(goals.id, input.goalId), goalsVisibleTo(asOwner(input.ownerId))));
}

export async function restoreOwnGoal(db: Database, input: { ownerId: string; goalId: string }) {
  await db
    .update(goals)
    .set({ archivedAt: null, version: sql`${goals.version} + 1`, updatedAt: new Date() })
    .where(and(eq(goals.id, input.goalId), goalsVisibleTo(asOwner(input.ownerId))));
}

/** Sets a new target amount and scales the planned sessions with it, so the plan still adds up. */
export async function resizeOwnGoalTarget(
  db: Database,
  input: { ownerId: string; goalId: string; targetValue: number | null; title?: string },
) {
  const [before] = await db
    .select({ targetValue: goals.targetValue })
    .from(goals)
    .where(and(eq(goals.id, input.goalId), goalsVisibleTo(asOwner(input.ownerId))));
  if (!before) return;
  await db
    .update(goals)
    .set({
      targetValue: input.targetValue,
      title: input.title,
      version: sql`${goals.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(goals.id, input.goalId), goalsVisibleTo(asOwner(input.ownerId))));
  if (before.targetValue && input.targetValue) {
    await db
      .update(plannedSessions)
      .set({ amount: sql`${plannedSessions.amount} * ${input.targetValue / before.targetValue}` })
      .where(eq(plannedSessions.goalId, input.goalId));
  }
}

/**
 * The athlete's own active macro goal that a block from `from` to `to` fits inside, the one of
 * the block's category first: where a plan a coach proposed is linked when it is accepted.
 */
export async function findOwnMacroCovering(
  db: Database,
  input: { ownerId: string; from: string; to: string; category: GoalRow["category"] },
) {
  const [row] = await db
    .select({ id: goals.id })
    .from(goals)
    .where(
      and(
        goalsVisibleTo(asOwner(input.ownerId)),
        eq(goals.level, "macro"),
        eq(goals.status, "active"),
        isNull(goals.archivedAt),
        lte(goals.periodStart, input.from),
        gte(goals.periodEnd, input.to),
      ),
    )
    .orderBy(
      sql`${goals.category} <> ${input.category}`,
      asc(goals.position),
      asc(goals.periodStart),
    )
    .limit(1);
  return row;
}
