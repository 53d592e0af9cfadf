import { EVENT_DISTANCES } from "@stride/domain/goals";
import type { DayTotals } from "@stride/domain/progress";
import {
  and,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Database } from "../client";
import { activities, goals, profiles } from "../schema";
import { coachedBy } from "./coaching-policy";
import { isAnyOf } from "./id-list";

export type ActivityRow = typeof activities.$inferSelect;
export type NewActivityRow = typeof activities.$inferInsert;

// Access policy for activities: an athlete reads and writes only their own.
const ownedBy = (viewerId: string) => eq(activities.athleteId, viewerId);
const live = isNull(activities.deletedAt);

export async function insertActivity(db: Database, values: NewActivityRow) {
  const [row] = await db.insert(activities).values(values).returning();
  if (!row) throw new Error("insertActivity returned no row");
  return row;
}

export async function findOwnActivity(
  db: Database,
  input: { viewerId: string; activityId: string },
) {
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.id, input.activityId), ownedBy(input.viewerId)));
  return row;
}

export async function updateOwnActivity(
  db: Database,
  input: { viewerId: string; activityId: string; set: Partial<NewActivityRow> },
) {
  const [row] = await db
    .update(activities)
    .set({ ...input.set, updatedAt: new Date() })
    .where(and(eq(activities.id, input.activityId), ownedBy(input.viewerId)))
    .returning();
  return row;
}

export async function listOwnActivities(
  db: Database,
  input: {
    viewerId: string;
    from: string | null;
    to: string | null;
    type: ActivityRow["type"] | null;
    cursor: { date: string; id: string } | null;
    limit: number;
  },
) {
  const { cursor } = input;
  return db
    .select()
    .from(activities)
    .where(
      and(
        ownedBy(input.viewerId),
        live,
        input.from ? gte(activities.date, input.from) : undefined,
        input.to ? lte(activities.date, input.to) : undefined,
        input.type ? eq(activities.type, input.type) : undefined,
        // Keyset paging: everything strictly after the last row shown, newest first.
        cursor
          ? or(
              sql`${activities.date} < ${cursor.date}`,
              and(eq(activities.date, cursor.date), sql`${activities.id} < ${cursor.id}`),
            )
          : undefined,
      ),
    )
    .orderBy(desc(activities.date), desc(activities.id))
    .limit(input.limit);
}

export async function listOwnActivitiesBetween(
  db: Database,
  input: { viewerId: string; from: string; to: string },
) {
  return db
    .select()
    .from(activities)
    .where(
      and(
        ownedBy(input.viewerId),
        live,
        gte(activities.date, input.from),
        lte(activities.date, input.to),
      ),
    )
    .orderBy(activities.date, activities.startTime);
}

/** Which of these (start, type) pairs the athlete already has: the duplicates of an import. */
export async function findExistingStarts(
  db: Database,
  input: { viewerId: string; starts: readonly { startedAt: Date; type: ActivityRow["type"] }[] },
) {
  if (input.starts.length === 0) return new Set<string>();
  const times = [...new Set(input.starts.map((s) => s.startedAt.toISOString()))];
  const rows = await db
    .select({ startedAt: activities.startedAt, type: activities.type })
    .from(activities)
    .where(
      and(
        ownedBy(input.viewerId),
        live,
        isNotNull(activities.startedAt),
        inArray(
          activities.startedAt,
          times.map((t) => new Date(t)),
        ),
      ),
    );
  return new Set(rows.map((row) => `${row.startedAt?.toISOString()}|${row.type}`));
}

/** Inserts what is new; an activity with the same start and type is skipped by the unique index. */
export async function insertActivitiesSkippingDuplicates(
  db: Database,
  rows: readonly NewActivityRow[],
) {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(activities)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ id: activities.id });
  return inserted.length;
}

// One plain column per race distance: cheaper to read back than an array, row after row.
const bestPaceColumns: Record<string, SQL<number | null>> = Object.fromEntries(
  EVENT_DISTANCES.map((event, index) => [
    `pace${index}`,
    sql<
      number | null
    >`min(${activities.durationSeconds}::float8 / nullif(${activities.distanceMetres}, 0)) filter (where ${activities.distanceMetres} >= ${event.metres * 0.99})`,
  ]),
);

/** What a day's (or any span's) activities of one type add up to, as SELECT columns. */
const totalsColumns = {
  type: activities.type,
  count: sql<number>`count(*)`.mapWith(Number),
  distance: sql<number>`coalesce(sum(${activities.distanceMetres}), 0)`.mapWith(Number),
  duration: sql<number>`coalesce(sum(${activities.durationSeconds}), 0)`.mapWith(Number),
  elevation: sql<number>`coalesce(sum(${activities.elevationGainMetres}), 0)`.mapWith(Number),
  longest: sql<number>`coalesce(max(${activities.distanceMetres}), 0)`.mapWith(Number),
  ...bestPaceColumns,
};

type TotalsRow = {
  date: string;
  type: DayTotals["type"];
  count: number;
  distance: number;
  duration: number;
  elevation: number;
  longest: number;
};

function toDayTotals(row: TotalsRow): DayTotals {
  const bestPace: Record<string, number | null> = {};
  EVENT_DISTANCES.forEach((event, index) => {
    const pace = (row as Record<string, unknown>)[`pace${index}`];
    bestPace[String(event.metres)] = pace == null ? null : Number(pace);
  });
  return {
    date: row.date,
    type: row.type,
    count: row.count,
    distance: row.distance,
    duration: row.duration,
    elevation: row.elevation,
    longest: row.longest,
    bestPace,
  };
}

/** Daily totals by type, per athlete, for the activities matching `where`. */
async function selectDailyTotals(db: Database, where: SQL | undefined) {
  const rows = await db
    .select({ athleteId: activities.athleteId, date: activities.date, ...totalsColumns })
    .from(activities)
    .where(and(live, where))
    .groupBy(activities.athleteId, activities.date, activities.type)
    .orderBy(activities.date);
  return rows.map((row) => ({ athleteId: row.athleteId, ...toDayTotals(row) }));
}

const WEEK_DAYS = sql.raw(
  "array['monday','tuesday','wednesday','thursday','friday','saturday','sunday']",
);

/**
 * For each of the coach's athletes' long goals, what was logged in it before `before`, folded
 * into as few rows as its progress needs: one per type for a goal over its whole period, one per
 * week (by the athlete's week start, clipped to the period) for a weekly target, one per day for
 * daily targets and habit days. Each row is dated on the first day of its span, so sums, maxima
 * and day counts over the goal's period and weeks come out exactly as from daily rows, from a
 * handful of rows instead of a year of days.
 */
export async function coachGoalTotalsBefore(
  db: Database,
  input: { coachId: string; goalIds: readonly string[]; before: string },
): Promise<(DayTotals & { goalId: string })[]> {
  if (input.goalIds.length === 0) return [];
  const weekOf = sql`${activities.date} - ((extract(isodow from ${activities.date})::int
    - array_position(${WEEK_DAYS}, ${profiles.weekStart}::text) + 7) % 7)`;
  const span = sql<string>`(case
    when ${goals.targetKind} = 'habit_days' or ${goals.targetPer} = 'day' then ${activities.date}
    when ${goals.targetPer} = 'week' then greatest(${goals.periodStart}, ${weekOf})
    else ${goals.periodStart} end)::text`;
  const rows = await db
    .select({ goalId: goals.id, date: span, ...totalsColumns })
    .from(goals)
    .innerJoin(profiles, eq(profiles.userId, goals.athleteId))
    .innerJoin(
      activities,
      and(
        eq(activities.athleteId, goals.athleteId),
        gte(activities.date, goals.periodStart),
        lte(activities.date, goals.periodEnd),
        lt(activities.date, input.before),
        live,
      ),
    )
    .where(and(isAnyOf(goals.id, input.goalIds), coachedBy(input.coachId, goals.athleteId)))
    .groupBy(goals.id, span, activities.type);
  return rows.map((row) => ({ goalId: row.goalId, ...toDayTotals(row) }));
}

/**
 * Daily totals by type between two days: what progress is computed from. One query whatever the
 * number of goals or weeks; best paces over the standard race distances come from FILTER clauses.
 */
export async function dailyTotals(
  db: Database,
  input: { viewerId: string; from: string; to: string },
): Promise<DayTotals[]> {
  const rows = await selectDailyTotals(
    db,
    and(ownedBy(input.viewerId), gte(activities.date, input.from), lte(activities.date, input.to)),
  );
  return rows.map(({ athleteId: _, ...day }) => day);
}

/** The same daily totals for every athlete the coach coaches, in one query. */
export async function coachDailyTotals(
  db: Database,
  input: { coachId: string; from: string; to: string },
): Promise<(DayTotals & { athleteId: string })[]> {
  return selectDailyTotals(
    db,
    and(
      coachedBy(input.coachId, activities.athleteId),
      gte(activities.date, input.from),
      lte(activities.date, input.to),
    ),
  );
}
