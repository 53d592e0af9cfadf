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
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Database } from "../client";
import { activities } from "../schema";
import { isAnyOf } from "./id-list";
import { activitiesVisibleTo, asOwner, type Viewer } from "./policy";

export type ActivityRow = typeof activities.$inferSelect;
export type NewActivityRow = typeof activities.$inferInsert;

const live = isNull(activities.deletedAt);

export async function insertActivity(db: Database, values: NewActivityRow) {
  const [row] = await db.insert(activities).values(values).returning();
  if (!row) throw new Error("insertActivity returned no row");
  return row;
}

/**
 * Logs an activity made with a client key once: a second insert with the same athlete and key
 * (a resent offline draft, two at once) inserts nothing and returns the first one's row.
 */
export async function insertActivityOnce(
  db: Database,
  values: NewActivityRow & { clientKey: string },
) {
  const [made] = await db
    .insert(activities)
    .values(values)
    .onConflictDoNothing({
      target: [activities.athleteId, activities.clientKey],
      where: sql`${activities.clientKey} is not null`,
    })
    .returning();
  if (made) return made;
  const [first] = await db
    .select()
    .from(activities)
    .where(
      and(
        activitiesVisibleTo(asOwner(values.athleteId)),
        eq(activities.clientKey, values.clientKey),
      ),
    );
  if (!first) throw new Error("insertActivityOnce found neither a new nor an earlier row");
  return first;
}

export async function findOwnActivity(
  db: Database,
  input: { ownerId: string; activityId: string },
) {
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.id, input.activityId), activitiesVisibleTo(asOwner(input.ownerId))));
  return row;
}

export async function updateOwnActivity(
  db: Database,
  input: { ownerId: string; activityId: string; set: Partial<NewActivityRow> },
) {
  const [row] = await db
    .update(activities)
    .set({ ...input.set, updatedAt: new Date() })
    .where(and(eq(activities.id, input.activityId), activitiesVisibleTo(asOwner(input.ownerId))))
    .returning();
  return row;
}

/** An athlete's log as the viewer may see it (their own; their coach's view), newest first. */
export async function listActivities(
  db: Database,
  input: {
    viewer: Viewer;
    athleteId: string;
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
        eq(activities.athleteId, input.athleteId),
        activitiesVisibleTo(input.viewer),
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
  input: { ownerId: string; from: string; to: string },
) {
  return db
    .select()
    .from(activities)
    .where(
      and(
        activitiesVisibleTo(asOwner(input.ownerId)),
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
  input: { ownerId: string; starts: readonly { startedAt: Date; type: ActivityRow["type"] }[] },
) {
  if (input.starts.length === 0) return new Set<string>();
  const times = [...new Set(input.starts.map((s) => s.startedAt.toISOString()))];
  const rows = await db
    .select({ startedAt: activities.startedAt, type: activities.type })
    .from(activities)
    .where(
      and(
        activitiesVisibleTo(asOwner(input.ownerId)),
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

/** Daily totals of several athletes between two days (the read models' rebuild and refresh). */
export async function dailyTotalsForAthletes(
  db: Database,
  input: { athleteIds: readonly string[]; from: string; to: string },
): Promise<(DayTotals & { athleteId: string })[]> {
  if (input.athleteIds.length === 0) return [];
  return selectDailyTotals(
    db,
    and(
      isAnyOf(activities.athleteId, input.athleteIds),
      gte(activities.date, input.from),
      lte(activities.date, input.to),
    ),
  );
}

/**
 * What the training load is made of (domain training/load.ts), for the athletes the viewer may
 * see: the owner's own chart, or the coach's triage over the roster. One indexed range read.
 */
export async function listLoadActivities(
  db: Database,
  input: { viewer: Viewer; athleteIds: readonly string[]; from: string; to: string },
) {
  if (input.athleteIds.length === 0) return [];
  return db
    .select({
      athleteId: activities.athleteId,
      date: activities.date,
      type: activities.type,
      durationSeconds: activities.durationSeconds,
      distanceMetres: activities.distanceMetres,
      effort: activities.effort,
    })
    .from(activities)
    .where(
      and(
        isAnyOf(activities.athleteId, input.athleteIds),
        activitiesVisibleTo(input.viewer),
        live,
        gte(activities.date, input.from),
        lte(activities.date, input.to),
      ),
    );
}
