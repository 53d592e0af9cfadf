import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { checkinGoals, checkinRevisions, checkins, goals, profiles } from "../schema";
import { isAnyOf } from "./id-list";
import {
  asOwner,
  checkinsVisibleTo,
  goalsVisibleTo,
  inGroup,
  memberOfGroup,
  type Viewer,
} from "./policy";

export type CheckinRow = typeof checkins.$inferSelect;
export type NewCheckinRow = typeof checkins.$inferInsert;
export type CheckinGoalRow = typeof checkinGoals.$inferSelect;

export async function findOwnCheckin(db: Database, input: { ownerId: string; weekStart: string }) {
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(checkinsVisibleTo(asOwner(input.ownerId)), eq(checkins.weekStart, input.weekStart)));
  return row;
}

/** Which of these weeks the viewer checked in, and whether late: the week view's reminder. */
export async function listOwnCheckinWeeks(
  db: Database,
  input: { ownerId: string; weekStarts: readonly string[] },
) {
  return db
    .select({ weekStart: checkins.weekStart, late: checkins.late })
    .from(checkins)
    .where(
      and(
        checkinsVisibleTo(asOwner(input.ownerId)),
        inArray(checkins.weekStart, [...input.weekStarts]),
      ),
    );
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
  input: { ownerId: string; checkinId: string; version: number; set: Partial<NewCheckinRow> },
) {
  const [row] = await db
    .update(checkins)
    .set({ ...input.set, version: sql`${checkins.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(checkins.id, input.checkinId),
        checkinsVisibleTo(asOwner(input.ownerId)),
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
  input: { ownerId: string; checkinId: string },
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
    .where(
      and(
        eq(checkinRevisions.checkinId, input.checkinId),
        checkinsVisibleTo(asOwner(input.ownerId)),
      ),
    )
    .orderBy(desc(checkinRevisions.createdAt));
}

/** The viewer's check-ins between two week starts, each with its outcomes, in one query. */
export async function listOwnCheckinsWithOutcomes(
  db: Database,
  input: { ownerId: string; from: string; to: string },
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
        checkinsVisibleTo(asOwner(input.ownerId)),
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
    ownerId: string;
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
        goalsVisibleTo(asOwner(input.ownerId)),
      ),
    )
    .returning({ id: goals.id });
}

/**
 * Which weeks a group's members checked in since a date, for the group's "not checked in yet"
 * strip: fellow members see that a week was checked in, whatever its visibility, never what it says.
 */
export async function listCheckinWeeksOf(
  db: Database,
  input: { viewerId: string; groupId: string; since: string },
) {
  return db
    .select({ athleteId: checkins.athleteId, weekStart: checkins.weekStart })
    .from(checkins)
    .where(
      and(
        inGroup(input.groupId, checkins.athleteId),
        memberOfGroup(input.viewerId, input.groupId),
        gte(checkins.weekStart, input.since),
      ),
    );
}

/** One athlete's latest check-ins the viewer may see (a coach: not the private ones), newest first. */
export async function listLatestCheckins(
  db: Database,
  input: { viewer: Viewer; athleteId: string; limit: number },
) {
  return db
    .select()
    .from(checkins)
    .where(and(eq(checkins.athleteId, input.athleteId), checkinsVisibleTo(input.viewer)))
    .orderBy(desc(checkins.weekStart))
    .limit(input.limit);
}

/** The outcomes of these check-ins for goals the viewer may see, with the goals' titles. */
export async function listCheckinOutcomes(
  db: Database,
  input: { viewer: Viewer; checkinIds: readonly string[] },
) {
  if (input.checkinIds.length === 0) return [];
  return db
    .select({
      checkinId: checkinGoals.checkinId,
      goalId: goals.id,
      title: goals.title,
      outcome: checkinGoals.outcome,
      excuse: checkinGoals.excuse,
      excuseNote: checkinGoals.excuseNote,
    })
    .from(checkinGoals)
    .innerJoin(goals, eq(goals.id, checkinGoals.goalId))
    .where(and(isAnyOf(checkinGoals.checkinId, input.checkinIds), goalsVisibleTo(input.viewer)))
    .orderBy(asc(goals.position));
}
