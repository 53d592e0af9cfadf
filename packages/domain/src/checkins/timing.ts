import { addDaysTo, type CalendarDate } from "../periods/calendar";

/**
 * A check-in is due on the last day of the week. The next day still counts as on time (many
 * people check in on Monday morning); after that it is late, but always welcome.
 */
export function isLateCheckin(weekEnd: CalendarDate, submittedOn: CalendarDate): boolean {
  return submittedOn > addDaysTo(weekEnd, 1);
}

/** Check-ins are for this week or earlier ones, never weeks that have not started. */
export function canCheckIn(weekStart: CalendarDate, today: CalendarDate): boolean {
  return weekStart <= today;
}
