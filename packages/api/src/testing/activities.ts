import type { Database } from "@stride/db/client";
import { addDaysTo, todayIn, weekDayOf, weekOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { type Caller, newPerson, type PersonProfile } from "./people";

// Shared fixtures for the activities, week and calendar integration tests. Plausibility refuses
// anything after the end of the athlete's current week, and plan statuses depend on today, so
// every date here is built from today in the athlete's time zone, never written down.

export type ActivityInput = Parameters<Caller["activities"]["create"]>[0];
export type ImportItem = Parameters<Caller["activities"]["import"]>[0]["activities"][number];
type ListInput = Parameters<Caller["activities"]["list"]>[0];

/**
 * The week start day that puts today on the fourth day of the week, so the current week always
 * has three days behind it (missed sessions) and three ahead (upcoming ones), whatever today is.
 */
export function midweekStartDay(timeZone: string): WeekDay {
  return weekDayOf(addDaysTo(todayIn(timeZone), -3));
}

/** A new person (`newPerson`) in `timeZone`, three days into their week unless told otherwise. */
export function newMidweekPerson(db: Database, profile: PersonProfile & { timeZone: string }) {
  return newPerson(db, {
    ...profile,
    weekStart: profile.weekStart ?? midweekStartDay(profile.timeZone),
  });
}

/** Today and the current week for an athlete, as the server works them out. */
export function thisWeekOf(athlete: { weekStart: WeekDay; timeZone: string }) {
  const today = todayIn(athlete.timeZone);
  const { start, end } = weekOf(today, athlete.weekStart);
  return { today, start, end, day: (offset: number) => addDaysTo(start, offset) };
}

/** An activity as the log form sends it: a 30-minute run of 5 (km or mi) today-ish. */
export function activityInput(date: string, overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    date,
    startTime: "07:00",
    type: "run",
    name: "Morning run",
    distance: 5,
    durationSeconds: 1800,
    elevationGainMetres: 40,
    effort: 5,
    notes: "",
    ...overrides,
  };
}

/** One recording from a file, already resolved to the athlete's day (UTC athletes only). */
export function importItem(date: string, overrides: Partial<ImportItem> = {}): ImportItem {
  return {
    startedAt: `${date}T06:00:00.000Z`,
    date,
    startTime: "06:00",
    type: "run",
    name: "Imported run",
    distanceMetres: 8000,
    durationSeconds: 2700,
    elapsedSeconds: 2800,
    elevationGainMetres: 55,
    effort: null,
    notes: null,
    source: "gpx",
    ...overrides,
  };
}

/** The whole list (deleted activities are left out by the procedure, as the log shows it). */
export async function listAll(caller: Caller, filters: Partial<ListInput> = {}) {
  const page = await caller.activities.list({
    from: null,
    to: null,
    type: null,
    limit: 100,
    ...filters,
  });
  return page.items;
}

/** Every activity row the athlete owns, deleted ones included, in a stable order. */
export function activityRows(db: Database, athleteId: string) {
  return db.query.activities.findMany({
    where: (activity, { eq }) => eq(activity.athleteId, athleteId),
    orderBy: (activity, { asc }) => [asc(activity.id)],
  });
}

export async function activityCount(db: Database, athleteId: string) {
  return (await activityRows(db, athleteId)).length;
}

/** Every habit entry of the athlete's goals, in a stable order. */
export async function habitRows(db: Database, athleteId: string) {
  const goals = await db.query.goals.findMany({
    where: (goal, { eq }) => eq(goal.athleteId, athleteId),
    columns: { id: true },
  });
  if (goals.length === 0) return [];
  return db.query.habitEntries.findMany({
    where: (entry, { inArray }) =>
      inArray(
        entry.goalId,
        goals.map((goal) => goal.id),
      ),
    orderBy: (entry, { asc }) => [asc(entry.goalId), asc(entry.date)],
  });
}
