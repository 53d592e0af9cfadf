import { z } from "zod";
import type { ActivityType } from "../goals/constants";
import { addDaysTo, type CalendarDate } from "../periods/calendar";

/**
 * Training load by session RPE (Foster et al., 2001): a session's load is its duration in minutes
 * times how hard it felt on the 1–10 scale, in arbitrary units (AU). A 45-minute run at effort 6
 * is 270 AU.
 *
 * Acute and chronic load are the average daily load of the last 7 and the last 28 days, today
 * included (Gabbett's rolling averages, 2016); their ratio is acute ÷ chronic. About 0.8–1.3 is
 * the usual range of steady training; well above it (1.5 by default, the coach's threshold) the
 * last week is much more than the athlete has been used to. The ratio is left out until the log
 * holds some load before the last 7 days, since every first week of logging would read as a spike.
 */

export type LoadActivity = {
  date: CalendarDate;
  type: ActivityType;
  durationSeconds: number | null;
  distanceMetres: number | null;
  effort: number | null;
};

export type SessionLoad = { load: number; effort: number; estimated: boolean };

/** Efforts by type when a file says nothing and there is no pace to go by. */
const EFFORT_BY_TYPE: Record<ActivityType, number> = {
  run: 5,
  walk: 2,
  ride: 4,
  swim: 5,
  strength: 5,
  cross_training: 4,
  other: 4,
};

/**
 * Run speeds (m/s) and the effort a recreational runner usually gives them: slower than 7:35 per
 * km reads as 3, 6:00–7:35 as 4, 5:00–6:00 as 5, 4:20–5:00 as 6, 3:50–4:20 as 7, faster as 8.
 */
const RUN_EFFORT_BY_SPEED: readonly [number, number][] = [
  [4.3, 8],
  [3.8, 7],
  [3.3, 6],
  [2.8, 5],
  [2.2, 4],
];

/** A session longer than this feels a step harder than its pace alone says. */
const LONG_SESSION_SECONDS = 90 * 60;

/**
 * The effort of a session the athlete did not rate (an import): from the run's pace, else from its
 * type, a step harder for a long one. Always marked as estimated; the athlete's own rating wins.
 */
export function estimateEffort(activity: LoadActivity): number {
  const { durationSeconds: seconds, distanceMetres: metres } = activity;
  let effort = EFFORT_BY_TYPE[activity.type];
  if (activity.type === "run" && seconds && metres && metres > 0) {
    const speed = metres / seconds;
    effort = RUN_EFFORT_BY_SPEED.find(([above]) => speed >= above)?.[1] ?? 3;
  }
  if (seconds && seconds > LONG_SESSION_SECONDS) effort += 1;
  return Math.min(10, effort);
}

/** Duration × effort; an activity without a duration has no load. */
export function sessionLoad(activity: LoadActivity): SessionLoad | null {
  if (!activity.durationSeconds || activity.durationSeconds <= 0) return null;
  const estimated = activity.effort === null;
  const effort = activity.effort ?? estimateEffort(activity);
  return { load: Math.round((activity.durationSeconds / 60) * effort), effort, estimated };
}

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;

export type LoadDay = {
  date: CalendarDate;
  /** The day's sessions' load, AU. */
  load: number;
  /** Average daily load of the 7 and 28 days ending this day. */
  acute: number;
  chronic: number;
  /** Acute ÷ chronic, to two places; null without load before the acute window. */
  ratio: number | null;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Each day's load, acute, chronic and ratio over the `days` days ending on `to`. */
export function loadSeries(
  activities: readonly LoadActivity[],
  to: CalendarDate,
  days: number,
): LoadDay[] {
  const byDay = new Map<CalendarDate, number>();
  for (const activity of activities) {
    const session = sessionLoad(activity);
    if (session) byDay.set(activity.date, (byDay.get(activity.date) ?? 0) + session.load);
  }
  const sum = (end: CalendarDate, span: number, skip = 0) => {
    let total = 0;
    for (let i = skip; i < span; i++) total += byDay.get(addDaysTo(end, -i)) ?? 0;
    return total;
  };
  const series: LoadDay[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = addDaysTo(to, -i);
    const acute = sum(date, ACUTE_DAYS) / ACUTE_DAYS;
    const chronic = sum(date, CHRONIC_DAYS) / CHRONIC_DAYS;
    const before = sum(date, CHRONIC_DAYS, ACUTE_DAYS);
    series.push({
      date,
      load: byDay.get(date) ?? 0,
      acute: round1(acute),
      chronic: round1(chronic),
      ratio: before > 0 && chronic > 0 ? Math.round((acute / chronic) * 100) / 100 : null,
    });
  }
  return series;
}

/** The activities a series ending on `to` over `days` days needs: from this date on. */
export function loadWindowStart(to: CalendarDate, days: number): CalendarDate {
  return addDaysTo(to, -(days - 1) - (CHRONIC_DAYS - 1));
}

/** How many days of load a chart asks for: a week up to four months. */
export const trainingLoadInput = z.object({
  days: z
    .number({ error: "Enter a number of days" })
    .int("Use a whole number of days")
    .min(7, "Show at least 7 days")
    .max(120, "Show at most 120 days")
    .default(42),
});
