import { addDaysTo, type CalendarDate, startOfDayIn } from "@stride/domain/periods";

const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

const midnights = new Map<string, number>();
const shifted = new Map<string, CalendarDate>();

/**
 * addDaysTo, remembered: a world of thousands of athletes asks for the same few hundred dates
 * and offsets millions of times, and the date library is the slow part of building it.
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const key = `${date}|${days}`;
  let result = shifted.get(key);
  if (result === undefined) {
    result = addDaysTo(date, days);
    shifted.set(key, result);
  }
  return result;
}

/**
 * The instant of a local time ("minutes after midnight") on a day in a time zone. Midnights are
 * cached: the scale world asks for the same few hundred days in a dozen zones again and again.
 * On the two days a year the clocks change, times after the change are an hour off; harmless here.
 */
export function localInstant(date: CalendarDate, minutes: number, timeZone: string): Date {
  const key = `${timeZone}|${date}`;
  let midnight = midnights.get(key);
  if (midnight === undefined) {
    midnight = Date.parse(startOfDayIn(date, timeZone));
    midnights.set(key, midnight);
  }
  return new Date(midnight + minutes * MINUTE);
}

/** "06:15" for 375 minutes after midnight. */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.floor(minutes % 60);
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The earlier of an instant and a limit (nothing in the seeded world happens after now). */
export function notAfter(instant: Date, limit: Date): Date {
  return instant.getTime() <= limit.getTime() ? instant : limit;
}
