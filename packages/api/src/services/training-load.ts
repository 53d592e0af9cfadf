import type { Database } from "@stride/db/client";
import { listLoadActivities, type Viewer } from "@stride/db/queries";
import { addDaysTo, type CalendarDate } from "@stride/domain/periods";
import {
  type EffortRun,
  type LoadActivity,
  type LoadDay,
  loadSeries,
  loadWindowStart,
  sessionLoad,
} from "@stride/domain/training";

export type AthleteLoad = {
  series: LoadDay[];
  /** Sessions in the series' window whose effort was estimated (imports nobody rated). */
  estimated: number;
  /** The runs with a distance and a time, for race predictions (when `runDays` asked for them). */
  runs: EffortRun[];
};

/** The load series of each athlete ending on their today, from one read of the log. */
export async function loadForAthletes(
  db: Database,
  input: {
    viewer: Viewer;
    athletes: readonly { athleteId: string; today: CalendarDate }[];
    days: number;
    /** Also read the runs of this many days, for predictions (the read covers both). */
    runDays?: number;
  },
): Promise<Map<string, AthleteLoad>> {
  const { athletes, days } = input;
  if (athletes.length === 0) return new Map();
  const todays = athletes.map((a) => a.today).sort();
  const rows = await listLoadActivities(db, {
    viewer: input.viewer,
    athleteIds: athletes.map((a) => a.athleteId),
    from: [
      loadWindowStart(todays[0] ?? "", days),
      addDaysTo(todays[0] ?? "", -((input.runDays ?? 1) - 1)),
    ].sort()[0] as string,
    to: todays.at(-1) ?? "",
  });
  const byAthlete = new Map<string, LoadActivity[]>();
  for (const row of rows) {
    const list = byAthlete.get(row.athleteId) ?? [];
    list.push(row);
    byAthlete.set(row.athleteId, list);
  }
  const result = new Map<string, AthleteLoad>();
  for (const { athleteId, today } of athletes) {
    const own = (byAthlete.get(athleteId) ?? []).filter((a) => a.date <= today);
    const shownFrom = addDaysTo(today, -(days - 1));
    result.set(athleteId, {
      series: loadSeries(own, today, days),
      estimated: own.filter((a) => a.date >= shownFrom && sessionLoad(a)?.estimated).length,
      runs: input.runDays ? effortRuns(own) : [],
    });
  }
  return result;
}

/** The runs with a distance and a time: what a race prediction reads. */
export function effortRuns(activities: readonly LoadActivity[]): EffortRun[] {
  return activities.flatMap((a) =>
    a.type === "run" && a.distanceMetres && a.durationSeconds
      ? [{ date: a.date, metres: a.distanceMetres, seconds: a.durationSeconds }]
      : [],
  );
}
