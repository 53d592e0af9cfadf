import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { computeTallies, type GoalRow } from "../queries";
import { activities, activityWeekTotals, goalProgress, goals, profiles } from "../schema";

// For the read-model tests (packages/api/src/services/read-models.int.test.ts): what is stored
// next to what a full recompute from the raw rows gives.

/** Numbers to a millionth, so sums made in another order compare equal. */
export function rounded(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** Stored tallies next to a full recompute from the raw rows. */
export async function talliesNow(db: Database, athleteId: string) {
  const rows: GoalRow[] = await db.select().from(goals).where(eq(goals.athleteId, athleteId));
  const stored = await db
    .select({ goalId: goalProgress.goalId, tally: goalProgress.tally })
    .from(goalProgress)
    .where(eq(goalProgress.athleteId, athleteId));
  const fresh = await computeTallies(db, rows);
  return {
    stored: Object.fromEntries(stored.map((row) => [row.goalId, rounded(row.tally)])),
    recomputed: Object.fromEntries([...fresh].map(([id, tally]) => [id, rounded(tally)])),
  };
}

/** Stored weekly totals next to the same sums made from the activities. */
export async function weekTotalsNow(db: Database, athleteId: string) {
  const stored = await db
    .select()
    .from(activityWeekTotals)
    .where(eq(activityWeekTotals.athleteId, athleteId))
    .orderBy(asc(activityWeekTotals.weekStart), asc(activityWeekTotals.type));
  const weekStart = sql<string>`stride_week_start(${activities.date}, ${profiles.weekStart}::text)::text`;
  const recomputed = await db
    .select({
      athleteId: activities.athleteId,
      weekStart,
      type: activities.type,
      count: sql<number>`count(*)::int`,
      distance: sql<number>`coalesce(sum(${activities.distanceMetres}), 0)::float8`,
      duration: sql<number>`coalesce(sum(${activities.durationSeconds}), 0)::float8`,
      elevation: sql<number>`coalesce(sum(${activities.elevationGainMetres}), 0)::float8`,
    })
    .from(activities)
    .innerJoin(profiles, eq(profiles.userId, activities.athleteId))
    .where(and(eq(activities.athleteId, athleteId), isNull(activities.deletedAt)))
    .groupBy(activities.athleteId, weekStart, activities.type)
    .orderBy(asc(weekStart), asc(activities.type));
  return { stored: rounded(stored), recomputed: rounded(recomputed) };
}

/** An athlete's goals and activities in the order they were made, for commands that pick one. */
export async function listOwnRecords(db: Database, athleteId: string) {
  const own = await db
    .select()
    .from(goals)
    .where(eq(goals.athleteId, athleteId))
    .orderBy(asc(goals.createdAt), asc(goals.position));
  const logged = await db
    .select({ id: activities.id, date: activities.date })
    .from(activities)
    .where(eq(activities.athleteId, athleteId))
    .orderBy(asc(activities.createdAt), asc(activities.id));
  return { own, logged };
}

/** Drops an athlete's triage snapshots, so the next triage makes them from nothing. */
export async function dropTriageSnapshots(db: Database, athleteId: string) {
  await db.execute(sql`delete from triage_snapshots where athlete_id = ${athleteId}`);
}
