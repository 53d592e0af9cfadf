import type { WeekDay } from "../profile/schemas";
import {
  addDaysTo,
  addMonthsTo,
  type CalendarDate,
  daysBetween,
  earlierOf,
  formatCalendarDate,
  isWeekStart,
  laterOf,
  weekStartOf,
} from "./calendar";

export const GOAL_LEVELS = ["macro", "meso", "micro"] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

/** Inclusive at both ends: a micro week runs from its start day to six days later. */
export type Period = { start: CalendarDate; end: CalendarDate };

export const MACRO_MAX_MONTHS = 12;
export const MESO_MIN_WEEKS = 2;
export const MESO_MAX_WEEKS = 6;

export function periodDays(period: Period): number {
  return daysBetween(period.start, period.end) + 1;
}

/** The last day of the week that starts on `start`. */
export function weekEndOf(start: CalendarDate): CalendarDate {
  return addDaysTo(start, 6);
}

export function weekOf(date: CalendarDate, weekStart: WeekDay): Period {
  const start = weekStartOf(date, weekStart);
  return { start, end: weekEndOf(start) };
}

/**
 * A goal's period as it is saved: a micro goal is one week, so its end always follows from its
 * start (whatever end a form or a proposal sent); the other levels keep the end they were given.
 */
export function goalPeriod(level: GoalLevel, start: CalendarDate, end: CalendarDate): Period {
  return { start, end: level === "micro" ? weekEndOf(start) : end };
}

/** The part of the week starting on `weekStart` that lies inside `period`. */
export function weekWithin(weekStart: CalendarDate, period: Period): Period {
  return {
    start: laterOf(weekStart, period.start),
    end: earlierOf(weekEndOf(weekStart), period.end),
  };
}

export function isInside(child: Period, parent: Period): boolean {
  return child.start >= parent.start && child.end <= parent.end;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The last day a macro goal starting on `start` may end on. */
export function macroLatestEnd(start: CalendarDate): CalendarDate {
  return addDaysTo(addMonthsTo(start, MACRO_MAX_MONTHS), -1);
}

export type PeriodProblem = { field: "periodStart" | "periodEnd"; message: string };

/** The period rule of each level; a goal that breaks one cannot be saved. */
export function periodProblem(
  level: GoalLevel,
  period: Period,
  weekStart: WeekDay,
): PeriodProblem | null {
  if (period.end < period.start) {
    return { field: "periodEnd", message: "The end date must be on or after the start date." };
  }
  if (level === "macro" && period.end > macroLatestEnd(period.start)) {
    return {
      field: "periodEnd",
      message: `A macro goal spans at most ${MACRO_MAX_MONTHS} months: end it by ${formatCalendarDate(macroLatestEnd(period.start))}.`,
    };
  }
  if (level === "meso") {
    const days = periodDays(period);
    if (days < MESO_MIN_WEEKS * 7 || days > MESO_MAX_WEEKS * 7) {
      return {
        field: "periodEnd",
        message: `A meso goal spans ${MESO_MIN_WEEKS} to ${MESO_MAX_WEEKS} weeks (14 to 42 days); this one is ${days} day${days === 1 ? "" : "s"}.`,
      };
    }
  }
  if (level === "micro") {
    if (!isWeekStart(period.start, weekStart)) {
      return {
        field: "periodStart",
        message: `A micro goal is one week starting on your week start day (${weekStart}).`,
      };
    }
    if (period.end !== weekEndOf(period.start)) {
      return { field: "periodEnd", message: "A micro goal lasts exactly one week." };
    }
  }
  return null;
}
