import type { CalendarDate } from "@stride/domain/periods";
import type { activities } from "../../schema";
import { addDays, clockTime, localInstant, minutesOf } from "./clock";
import type { SessionKind, TrainingWeek } from "./goals";
import type { ScaleAthlete } from "./people";

type ActivityRow = typeof activities.$inferInsert;
type Source = "manual" | "fit" | "gpx" | "strava_csv";

/** How a week went, which the check-in then tells. */
export type WeekLog = {
  quality: "good" | "fair" | "poor";
  /** Metres run in the week, as progress would add them up. */
  distance: number;
};

const KM = 1000;

const RUN_NAMES: Record<SessionKind, string> = {
  easy: "Easy run",
  quality: "Workout",
  recovery: "Recovery run",
  long: "Long run",
};

/**
 * An athlete's log for every week up to yesterday: the planned runs (most of them, more in a good
 * week), an extra easy run now and then, and strength, walks or rides for some athletes. Runs are
 * typed in by hand, logged from the plan in one tap, or imported from a watch with their start
 * instant, depending on the athlete.
 */
export function buildActivities(athlete: ScaleAthlete, weeks: readonly TrainingWeek[]) {
  const { rand } = athlete;
  const reliability = rand.between(0.7, 0.97);
  const pace = rand.between(290, 400); // seconds per km on an easy day
  const source: Source = rand.weighted(
    ["manual", "fit", "gpx", "strava_csv"] as const,
    [55, 30, 10, 5],
  );
  const climbing = rand.between(3, 15); // metres per km
  const strength = rand.chance(0.4);
  const walks = rand.chance(0.2);
  const rides = rand.chance(0.2);

  const rows: ActivityRow[] = [];
  const logs = new Map<number, WeekLog>();
  for (const week of weeks) {
    if (week.start > athlete.thisWeek) break;
    const roll = rand.next();
    const poor = 0.06 + (1 - reliability) * 0.2;
    const fair = poor + 0.1 + (1 - reliability) * 0.5;
    const quality = roll < poor ? "poor" : roll < fair ? "fair" : "good";
    const doneChance = { good: 0.97, fair: 0.75, poor: 0.25 }[quality];
    const stretch = { good: [0.98, 1.12], fair: [0.85, 1.05], poor: [0.6, 0.95] }[quality];
    let distance = 0;

    const runOn = (day: CalendarDate, metres: number, kind: SessionKind, time: string | null) => {
      const minutes =
        (time ? minutesOf(time) : kind === "long" ? 480 : 390) + rand.int(-20, 25) * (time ? 1 : 2);
      const slower = { easy: 15, quality: -25, recovery: 40, long: 25 }[kind];
      const duration = Math.round((metres / KM) * (pace + slower) * rand.between(0.97, 1.03));
      const imported = source !== "manual";
      distance += Math.round(metres);
      rows.push({
        athleteId: athlete.id,
        date: day,
        startTime: clockTime(minutes),
        startedAt: imported ? localInstant(day, minutes, athlete.timeZone) : null,
        type: "run",
        name: imported ? `${partOfDay(minutes)} Run` : RUN_NAMES[kind],
        distanceMetres: Math.round(metres),
        durationSeconds: duration,
        elapsedSeconds: imported ? duration + rand.int(0, 180) : null,
        elevationGainMetres: Math.round((metres / KM) * climbing * rand.between(0.5, 1.5)),
        effort: imported ? null : kind === "quality" ? rand.int(7, 8) : rand.int(3, 6),
        source,
      });
    };

    const planned = new Set<CalendarDate>();
    for (const { row, kind } of week.sessions) {
      planned.add(row.day);
      if (row.day >= athlete.today || !rand.chance(doneChance)) continue;
      const amount = row.amount ?? 0;
      if (source === "manual" && rand.chance(0.12)) {
        // "What I planned, done": logged in one tap, exactly as planned (as logPlannedSession does).
        distance += amount;
        rows.push({
          athleteId: athlete.id,
          date: row.day,
          startTime: row.time,
          type: "run",
          name: week.micro.title,
          distanceMetres: amount,
          notes: row.note,
          source: "plan",
          plannedSessionId: row.id,
        });
        continue;
      }
      runOn(
        row.day,
        amount * rand.between(stretch[0] ?? 1, stretch[1] ?? 1),
        kind,
        row.time ?? null,
      );
    }

    const free = [0, 1, 2, 3, 4, 5, 6]
      .map((offset) => addDays(week.start, offset))
      .filter((day) => !planned.has(day) && day < athlete.today);
    const extras =
      quality === "good"
        ? rand.weighted([0, 1, 2], [45, 45, 10])
        : quality === "fair"
          ? rand.chance(0.15)
            ? 1
            : 0
          : 0;
    const easyRun = week.target / Math.max(1, week.sessions.length);
    for (const day of rand.sample(free, extras)) {
      runOn(day, easyRun * rand.between(0.6, 0.9), "easy", null);
    }

    const other = (offset: number, fields: Omit<ActivityRow, "athleteId" | "date" | "source">) => {
      const day = addDays(week.start, offset);
      if (day >= athlete.today) return;
      rows.push({ athleteId: athlete.id, date: day, source: "manual", ...fields });
    };
    if (strength && quality !== "poor") {
      for (const offset of [2, 5]) {
        if (!rand.chance(0.6)) continue;
        other(offset, {
          startTime: "18:30",
          type: "strength",
          name: "Strength routine",
          durationSeconds: rand.int(20, 45) * 60,
          effort: 5,
        });
      }
    }
    if (walks && rand.chance(0.5)) {
      const metres = rand.int(3000, 6000);
      other(rand.int(0, 6), {
        startTime: "19:00",
        type: "walk",
        name: "Evening walk",
        distanceMetres: metres,
        durationSeconds: Math.round((metres / KM) * rand.between(600, 720)),
      });
    }
    if (rides && rand.chance(0.4)) {
      const metres = rand.int(20, 50) * KM;
      other(rand.int(0, 6), {
        startTime: "09:30",
        type: "cross_training",
        name: "Bike ride",
        distanceMetres: metres,
        durationSeconds: Math.round(metres / rand.between(5, 7.8)),
        effort: rand.int(3, 6),
      });
    }
    logs.set(week.index, { quality, distance });
  }
  return { rows, logs };
}

function partOfDay(minutes: number) {
  if (minutes < 11 * 60) return "Morning";
  if (minutes < 14 * 60) return "Lunch";
  if (minutes < 17 * 60) return "Afternoon";
  return "Evening";
}
