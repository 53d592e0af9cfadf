import type { StoredTarget } from "../goals/targets";
import { type CalendarDate, daysBetween } from "../periods/calendar";
import { type Period, weekWithin } from "../periods/rules";
import type { WeekDay } from "../profile/schemas";
import { convertStored } from "../units";
import { weeksOf } from "./compute";
import { amountBetween } from "./measure";
import type { DayTotals, HabitDay } from "./types";

export type SeriesPoint = { weekStart: CalendarDate; value: number; target: number | null };

type SeriesInput = {
  target: StoredTarget;
  period: Period;
  days: readonly DayTotals[];
  habits: readonly HabitDay[];
  weekStart: WeekDay;
  today: CalendarDate;
  distanceUnit: "km" | "mi";
  /** Each week's planned amount (the ramp of weekly micro goals), stored units. */
  plannedByWeek?: ReadonlyMap<string, number>;
};

/** A stored amount as the number a chart plots: distances in the viewer's unit, minutes, hours. */
export function displayNumber(
  value: number,
  target: StoredTarget,
  distanceUnit: "km" | "mi",
): number {
  const unit = target.unit === "km" || target.unit === "mi" ? distanceUnit : target.unit;
  return Math.round(convertStored(value, unit) * 10) / 10;
}

/** Each week's amount up to this week, against the weekly target (or that week's planned ramp). */
export function weeklySeries(input: SeriesInput): SeriesPoint[] {
  const { target, period, distanceUnit } = input;
  const weekly = target.per === "week" ? target.value : null;
  return weeksOf(period, input.weekStart)
    .filter((week) => week <= input.today)
    .map((week) => {
      const { start: from, end: to } = weekWithin(week, period);
      const planned = input.plannedByWeek?.get(week) ?? weekly;
      return {
        weekStart: week,
        value: displayNumber(
          amountBetween(target, input.days, input.habits, from, to),
          target,
          distanceUnit,
        ),
        target: planned === null ? null : displayNumber(planned, target, distanceUnit),
      };
    });
}

/** The running total week by week against the steady line to the period's target. */
export function cumulativeSeries(input: SeriesInput): SeriesPoint[] {
  const { target, period, distanceUnit } = input;
  const totalDays = daysBetween(period.start, period.end) + 1;
  let running = 0;
  return weeksOf(period, input.weekStart)
    .filter((week) => week <= input.today)
    .map((week) => {
      const { start: from, end: to } = weekWithin(week, period);
      running += amountBetween(target, input.days, input.habits, from, to);
      const elapsed = Math.min(totalDays, daysBetween(period.start, to) + 1);
      const steady = target.value === null ? null : (target.value * elapsed) / totalDays;
      return {
        weekStart: week,
        value: displayNumber(running, target, distanceUnit),
        target: steady === null ? null : displayNumber(steady, target, distanceUnit),
      };
    });
}
