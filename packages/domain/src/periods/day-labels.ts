import type { CalendarDate } from "./calendar";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "23 Nov" for 2026-11-23: what `formatCalendarDate(date, "d MMM")` writes, without date-fns, for
 * components that run in the browser.
 */
export function formatDayMonth(date: CalendarDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}
