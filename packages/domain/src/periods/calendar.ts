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

// Day arithmetic runs for every day of every goal on the hot screens (a coach's triage does it
// thousands of times a request), so it works on day numbers with integer arithmetic: no Date
// objects (Next patches the constructor), no parsing, no formatting but one string at the end.
// Days from 1970-01-01, by Howard Hinnant's civil-date algorithms (proleptic Gregorian).
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function toDays(date: CalendarDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDays(days: number): CalendarDate {
  if (!Number.isFinite(days)) throw new RangeError("Invalid calendar date");
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

export function addDaysTo(date: CalendarDate, days: number): CalendarDate {
  return fromDays(toDays(date) + days);
}

export function addMonthsTo(date: CalendarDate, months: number): CalendarDate {
  return fromUtc(addMonths(toUtc(date), months));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDays(to) - toDays(from);
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
  const index = (((toDays(date) + 4) % 7) + 7) % 7;
  const day = (Object.keys(WEEK_DAY_INDEX) as WeekDay[]).find((d) => WEEK_DAY_INDEX[d] === index);
  if (!day) throw new Error(`No week day for ${date}`);
  return day;
}

/** The first day of the athlete's week that contains `date`. */
export function weekStartOf(date: CalendarDate, weekStart: WeekDay): CalendarDate {
  const days = toDays(date);
  // 1 January 1970 was a Thursday (Sunday = 0).
  const back = (((days + 4) % 7) + 7 - WEEK_DAY_INDEX[weekStart]) % 7;
  return back === 0 ? date : fromDays(days - back);
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
