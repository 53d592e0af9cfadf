import type { StoredTarget } from "../goals/targets";
import type { CalendarDate } from "../periods/calendar";
import type { DayTotals, HabitDay } from "./types";

/** Whether a day's activities of this type count toward the target. */
export function countsToward(target: StoredTarget, day: DayTotals): boolean {
  return target.activityTypes.length === 0 || target.activityTypes.includes(day.type);
}

function metric(target: StoredTarget, day: DayTotals): number {
  switch (target.unit) {
    case "km":
    case "mi":
      return day.distance;
    case "min":
    case "h":
      return day.duration;
    case "m":
      return day.elevation;
    default:
      return day.count;
  }
}

const inRange = (date: string, from: CalendarDate, to: CalendarDate) => date >= from && date <= to;

/**
 * How much of the target was done between two days (inclusive): distance, time or climbing for a
 * total, sessions for a session count, distinct days for habit days, summed counts for a habit
 * counted in entries.
 */
export function amountBetween(
  target: StoredTarget,
  days: readonly DayTotals[],
  habits: readonly HabitDay[],
  from: CalendarDate,
  to: CalendarDate,
): number {
  if (target.unit === "count") {
    return habits.filter((h) => inRange(h.date, from, to)).reduce((sum, h) => sum + h.count, 0);
  }
  if (target.kind === "habit_days") {
    const dates = new Set<string>();
    for (const day of days) {
      if (
        inRange(day.date, from, to) &&
        day.count > 0 &&
        target.activityTypes.length > 0 &&
        countsToward(target, day)
      ) {
        dates.add(day.date);
      }
    }
    for (const habit of habits)
      if (inRange(habit.date, from, to) && habit.count > 0) dates.add(habit.date);
    return dates.size;
  }
  let sum = 0;
  for (const day of days) {
    if (inRange(day.date, from, to) && countsToward(target, day)) sum += metric(target, day);
  }
  return sum;
}

/** The longest single matching activity in the range, metres. */
export function longestBetween(
  target: StoredTarget,
  days: readonly DayTotals[],
  from: CalendarDate,
  to: CalendarDate,
) {
  let longest = 0;
  for (const day of days) {
    if (inRange(day.date, from, to) && countsToward(target, day))
      longest = Math.max(longest, day.longest);
  }
  return longest;
}

/** The best time over the race distance, from the best pace of any activity at least that long. */
export function bestTimeBetween(
  target: StoredTarget,
  days: readonly DayTotals[],
  from: CalendarDate,
  to: CalendarDate,
) {
  const event = target.eventDistanceMetres;
  if (!event) return null;
  let best: number | null = null;
  for (const day of days) {
    const pace = day.bestPace[String(event)];
    if (pace == null || !inRange(day.date, from, to) || !countsToward(target, day)) continue;
    const time = pace * event;
    if (best === null || time < best) best = time;
  }
  return best;
}
