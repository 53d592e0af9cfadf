import type { StoredTarget } from "../goals/targets";
import { addDaysTo, type CalendarDate, daysBetween, earlierOf } from "../periods/calendar";
import type { Period } from "../periods/rules";
import { convertStored } from "../units";
import type { GoalTally } from "./types";

export type SeriesPoint = { weekStart: CalendarDate; value: number; target: number | null };

type SeriesInput = {
  target: StoredTarget;
  period: Period;
  tally: GoalTally;
  today: CalendarDate;
  distanceUnit: "km" | "mi";
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

/** Each week's amount up to this week, against that week's target (the block's ramp). */
export function weeklySeries(input: SeriesInput): SeriesPoint[] {
  const { target, distanceUnit } = input;
  return input.tally.weeks
    .filter((week) => week.start <= input.today)
    .map((week) => ({
      weekStart: week.start,
      value: displayNumber(week.amount, target, distanceUnit),
      target: week.target === null ? null : displayNumber(week.target, target, distanceUnit),
    }));
}

/** The running total week by week against the steady line to the period's target. */
export function cumulativeSeries(input: SeriesInput): SeriesPoint[] {
  const { target, period, distanceUnit } = input;
  const totalDays = daysBetween(period.start, period.end) + 1;
  let running = 0;
  return input.tally.weeks
    .filter((week) => week.start <= input.today)
    .map((week) => {
      running += week.amount;
      const weekEnd = earlierOf(addDaysTo(week.start, 6), period.end);
      const elapsed = Math.min(totalDays, daysBetween(period.start, weekEnd) + 1);
      const steady = target.value === null ? null : (target.value * elapsed) / totalDays;
      return {
        weekStart: week.start,
        value: displayNumber(running, target, distanceUnit),
        target: steady === null ? null : displayNumber(steady, target, distanceUnit),
      };
    });
}
