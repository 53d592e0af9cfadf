import type { CalendarDate } from "./calendar";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "23 Nov" for 2026-11-23: what `formatCalendarDate(date, "d MMM")` writes, without date-fns, for
 * components that run in the browser.
 */
export function formatDayMonth(date: CalendarDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}

/**
 * A moment as the person's own clock showed it: "4 Dec, 19:11", and "4 Dec 2025, 19:11" when it
 * was not this year (in their zone). For comments, notifications and edit histories.
 */
export function formatMoment(at: Date | string, timeZone: string, now: Date = new Date()): string {
  const moment = new Date(at);
  const yearOf = (date: Date) =>
    new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric" }).format(date);
  const thisYear = yearOf(moment) === yearOf(now);
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: thisYear ? undefined : "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(moment);
}

/** "Tue 1 Dec" for a day of this year (by `today`), "Tue 1 Dec 2015" for any other year's. */
export function formatDayNear(date: CalendarDate, today: CalendarDate): string {
  const [year, month, day] = date.split("-").map(Number);
  const weekday =
    WEEKDAYS[new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay()];
  const label = `${weekday} ${formatDayMonth(date)}`;
  return date.slice(0, 4) === today.slice(0, 4) ? label : `${label} ${year}`;
}
