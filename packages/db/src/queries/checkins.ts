import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { checkinGoals, checkinRevisions, checkins, goals, profiles } from "../schema";
import { isAnyOf } from "./id-list";

export type CheckinRow = typeof checkins.$inferSelect;
export type NewCheckinRow = typeof checkins.$inferInsert;
export type CheckinGoalRow = typeof checkinGoals.$inferSelect;

// Access policy for check-ins, today: an athlete reads and writes their own (coaches and groups
// come with their features). Every query takes the viewer and puts it in the WHERE.
const ownedBy = (viewerId: string) => eq(checkins.athleteId, viewerId);

export async function findOwnCheckin(db: Database, input: { viewerId: string; weekStart: string }) {
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(ownedBy(input.viewerId), eq(checkins.weekStart, input.weekStart)));
  return row;
}

/** Which of these weeks the viewer checked in, and whether late: the week view's reminder. */
export async function listOwnCheckinWeeks(
  db: Database,
  input: { viewerId: string; weekStarts: readonly string[] },
) {
  return db
    .select({ weekStart: checkins.weekStart, late: checkins.late })
    .from(checkins)
    .where(and(ownedBy(input.viewerId), inArray(checkins.weekStart, [...input.weekStarts])));
}

export async function listCheckinGoals(db: Database, checkinId: string) {
  return db.select().from(checkinGoals).where(eq(checkinGoals.checkinId, checkinId));
}

/** Inserts the week's check-in unless one exists (a double click, another tab): then undefined. */
export async function insertCheckinOnce(db: Database, values: NewCheckinRow) {
  const [row] = await db.insert(checkins).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateOwnCheckinAtVersion(
  db: Database,
  input: { viewerId: string; checkinId: string; version: number; set: Partial<NewCheckinRow> },
) {
  const [row] = await db
    .update(checkins)
    .set({ ...input.set, version: sql`${checkins.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(checkins.id, input.checkinId),
        ownedBy(input.viewerId),
        eq(checkins.version, input.version),
      ),
    )
    .returning();
  return row;
}

/** Replaces a check-in's per-goal outcomes. The caller has checked the check-in is the viewer's. */
export async function replaceCheckinGoals(
  db: Database,
  checkinId: string,
  rows: readonly Omit<CheckinGoalRow, "checkinId">[],
) {
  await db.delete(checkinGoals).where(eq(checkinGoals.checkinId, checkinId));
  if (rows.length > 0)
    await db.insert(checkinGoals).values(rows.map((row) => ({ ...row, checkinId })));
}

export async function insertCheckinRevision(
  db: Database,
  values: typeof checkinRevisions.$inferInsert,
) {
  await db.insert(checkinRevisions).values(values);
}

export async function listCheckinRevisions(
  db: Database,
  input: { viewerId: string; checkinId: string },
) {
  return db
    .select({
      id: checkinRevisions.id,
      changes: checkinRevisions.changes,
      createdAt: checkinRevisions.createdAt,
      actorName: profiles.name,
    })
    .from(checkinRevisions)
    .innerJoin(checkins, eq(checkins.id, checkinRevisions.checkinId))
    .leftJoin(profiles, eq(profiles.userId, checkinRevisions.actorId))
    .where(and(eq(checkinRevisions.checkinId, input.checkinId), ownedBy(input.viewerId)))
    .orderBy(desc(checkinRevisions.createdAt));
}

/** The viewer's check-ins between two week starts, each with its outcomes, in one query. */
export async function listOwnCheckinsWithOutcomes(
  db: Database,
  input: { viewerId: string; from: string; to: string },
) {
  const rows = await db
    .select({
      weekStart: checkins.weekStart,
      weekEnd: checkins.weekEnd,
      outcomes: sql<
        string[]
      >`coalesce(array_agg(${checkinGoals.outcome}::text) filter (where ${checkinGoals.goalId} is not null), '{}')`,
    })
    .from(checkins)
    .leftJoin(checkinGoals, eq(checkinGoals.checkinId, checkins.id))
    .where(
      and(
        ownedBy(input.viewerId),
        gte(checkins.weekStart, input.from),
        lte(checkins.weekStart, input.to),
      ),
    )
    .groupBy(checkins.id)
    .orderBy(asc(checkins.weekStart));
  return rows.map((row) => ({
    ...row,
    outcomes: (row.outcomes ?? []) as ("hit" | "partial" | "missed" | "excused")[],
  }));
}

/** Sets a goal's status from a check-in, recording it like any other change. */
/**
 * The statuses a check-in gives the week's goals, all in one UPDATE however many goals the week
 * has (each status change is one CASE branch).
 */
export async function setOwnGoalStatusesFromCheckin(
  db: Database,
  input: {
    viewerId: string;
    changes: readonly { goalId: string; status: (typeof goals.$inferSelect)["status"] }[];
  },
) {
  if (input.changes.length === 0) return [];
  const status = sql.join(
    [
      sql`(case ${goals.id}`,
      ...input.changes.map((c) => sql`when ${c.goalId}::uuid then ${c.status}::goal_status`),
      sql`end)`,
    ],
    sql` `,
  );
  return db
    .update(goals)
    .set({ status, version: sql`${goals.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        inArray(
          goals.id,
          input.changes.map((c) => c.goalId),
        ),
        eq(goals.athleteId, input.viewerId),
      ),
    )
    .returning({ id: goals.id });
}

/**
 * Which weeks these athletes checked in since a date, for a group's "not checked in yet" strip.
 * No viewer filter: the caller passes only the members of a group the viewer belongs to.
 */
export async function listCheckinWeeksOf(
  db: Database,
  input: { athleteIds: readonly string[]; since: string },
) {
  if (input.athleteIds.length === 0) return [];
  return db
    .select({ athleteId: checkins.athleteId, weekStart: checkins.weekStart })
    .from(checkins)
    .where(
      and(isAnyOf(checkins.athleteId, input.athleteIds), gte(checkins.weekStart, input.since)),
    );
}
