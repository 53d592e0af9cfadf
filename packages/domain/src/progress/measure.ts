import type { StoredTarget } from "../goals/targets";
import type { CalendarDate } from "../periods/calendar";
import type { DayTotals, HabitDay } from "./types";

/**
 * Whether a day's activities of this type count toward the target. A target naming no types
 * counts every type, except a best performance: a race time is a running time, so a ride over
 * the half marathon distance is no half marathon PR.
 */
export function countsToward(target: StoredTarget, day: DayTotals): boolean {
  if (target.activityTypes.length === 0)
    return target.kind !== "best_performance" || day.type === "run";
  return target.activityTypes.includes(day.type);
}

/** What a target measures, so a block and its weekly goals are compared only like with like. */
export function measureOf(target: StoredTarget): string {
  switch (target.unit) {
    case "km":
    case "mi":
      return "distance";
    case "min":
    case "h":
      return "time";
    default:
      return `${target.kind}:${target.unit}`;
  }
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

/**
 * The log indexed by day for one target: each day's measured amount (distance, time or climbing
 * for a total, sessions, 1 for a habit day, the entries' count for a habit counted in entries),
 * and the day's activities that count, for the longest one and the best pace.
 */
export type DayLog = {
  amounts: Map<CalendarDate, number>;
  counting: DayTotals[];
};

export function indexLog(
  target: StoredTarget,
  days: readonly DayTotals[],
  habits: readonly HabitDay[],
): DayLog {
  const amounts = new Map<CalendarDate, number>();
  const counting = days.filter((day) => countsToward(target, day));
  const add = (date: CalendarDate, amount: number) =>
    amounts.set(date, (amounts.get(date) ?? 0) + amount);
  if (target.unit === "count") {
    for (const habit of habits) add(habit.date, habit.count);
  } else if (target.kind === "habit_days") {
    const dates = new Set<CalendarDate>();
    if (target.activityTypes.length > 0)
      for (const day of counting) if (day.count > 0) dates.add(day.date);
    for (const habit of habits) if (habit.count > 0) dates.add(habit.date);
    for (const date of dates) amounts.set(date, 1);
  } else {
    for (const day of counting) add(day.date, metric(target, day));
  }
  return { amounts, counting };
}

/** The measured amount between two days, inclusive. */
export function amountIn(log: DayLog, from: CalendarDate, to: CalendarDate): number {
  let sum = 0;
  for (const [date, amount] of log.amounts) if (date >= from && date <= to) sum += amount;
  return sum;
}

/** The longest single activity that counts, metres. */
export function longestIn(log: DayLog, from: CalendarDate, to: CalendarDate): number {
  let longest = 0;
  for (const day of log.counting)
    if (day.date >= from && day.date <= to) longest = Math.max(longest, day.longest);
  return longest;
}

/** The best time over the event distance, from the best pace of any activity at least that long. */
export function bestTimeIn(
  log: DayLog,
  eventMetres: number | null,
  from: CalendarDate,
  to: CalendarDate,
): number | null {
  if (!eventMetres) return null;
  let best: number | null = null;
  for (const day of log.counting) {
    const pace = day.bestPace[String(eventMetres)];
    if (pace == null || day.date < from || day.date > to) continue;
    const time = pace * eventMetres;
    if (best === null || time < best) best = time;
  }
  return best;
}
