import { TZDate } from "@date-fns/tz";
import { UTCDate } from "@date-fns/utc";
import { addMonths, format } from "date-fns";
import type { WeekDay } from "../profile/schemas";

/**
 * A calendar date ("2026-03-29") as the athlete sees it in their own time zone. Periods are made
 * of these, not of instants, so week arithmetic happens in UTC where no day is 23 or 25 hours long.
 */
export type CalendarDate = string;

const toUtc = (date: CalendarDate) => new UTCDate(`${date}T00:00:00.000Z`);
const fromUtc = (date: Date): CalendarDate => format(date, "yyyy-MM-dd");

// Day arithmetic runs for every logged day of every goal on the hot screens, so it works on UTC
// milliseconds directly (a calendar day is exactly 86,400,000 ms in UTC: no zones, no DST).
const DAY_MS = 86_400_000;
const toMs = (date: CalendarDate) => Date.parse(`${date}T00:00:00.000Z`);
const fromMs = (ms: number): CalendarDate => new Date(ms).toISOString().slice(0, 10);

export function addDaysTo(date: CalendarDate, days: number): CalendarDate {
  return fromMs(toMs(date) + days * DAY_MS);
}

export function addMonthsTo(date: CalendarDate, months: number): CalendarDate {
  return fromUtc(addMonths(toUtc(date), months));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

const WEEK_DAY_INDEX: Record<WeekDay, 0 | 1 | 2 | 3 | 4 | 5 | 6> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export function weekDayOf(date: CalendarDate): WeekDay {
  const index = toUtc(date).getUTCDay();
  const day = (Object.keys(WEEK_DAY_INDEX) as WeekDay[]).find((d) => WEEK_DAY_INDEX[d] === index);
  if (!day) throw new Error(`No week day for ${date}`);
  return day;
}

/** The first day of the athlete's week that contains `date`. */
// Remembered answers: a coach's triage asks for the week of each of thousands of logged days,
// and a lookup costs a tenth of the date arithmetic. Bounded: emptied when it grows large.
const weekStarts = new Map<string, CalendarDate>();

export function weekStartOf(date: CalendarDate, weekStart: WeekDay): CalendarDate {
  const key = `${date}${weekStart}`;
  const known = weekStarts.get(key);
  if (known !== undefined) return known;
  const ms = toMs(date);
  const back = (new Date(ms).getUTCDay() - WEEK_DAY_INDEX[weekStart] + 7) % 7;
  const start = fromMs(ms - back * DAY_MS);
  if (weekStarts.size >= 50_000) weekStarts.clear();
  weekStarts.set(key, start);
  return start;
}

export function isWeekStart(date: CalendarDate, weekStart: WeekDay): boolean {
  return weekStartOf(date, weekStart) === date;
}

/** Today's date where the athlete is, which may differ from the server's date. */
export function todayIn(timeZone: string, now?: Date): CalendarDate {
  if (now) return format(new TZDate(now, timeZone), "yyyy-MM-dd");
  // The date where someone is only changes on a minute boundary (no time zone is offset by
  // seconds), so the answer is kept for the rest of the minute: a triage asks once per athlete.
  const minute = Math.floor(Date.now() / 60_000);
  const known = todays.get(timeZone);
  if (known?.minute === minute) return known.date;
  const date = format(new TZDate(new Date(minute * 60_000), timeZone), "yyyy-MM-dd");
  if (todays.size >= 1_000) todays.clear();
  todays.set(timeZone, { minute, date });
  return date;
}

const todays = new Map<string, { minute: number; date: CalendarDate }>();

export function formatCalendarDate(date: CalendarDate, pattern = "EEE d MMM yyyy"): string {
  return format(toUtc(date), pattern);
}

/** The instant a calendar day begins in a time zone, ISO 8601 UTC. */
export function startOfDayIn(date: CalendarDate, timeZone: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(
    new TZDate(year ?? 1970, (month ?? 1) - 1, day ?? 1, 0, 0, 0, timeZone).getTime(),
  ).toISOString();
}

export function earlierOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}
