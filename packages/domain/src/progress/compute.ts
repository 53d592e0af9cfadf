import type { StoredTarget } from "../goals/targets";
import {
  addDaysTo,
  type CalendarDate,
  daysBetween,
  earlierOf,
  formatCalendarDate,
  weekStartOf,
} from "../periods/calendar";
import { type Period, weekWithin } from "../periods/rules";
import type { WeekDay } from "../profile/schemas";
import { formatAmount, formatOf } from "./format";
import { amountBetween, bestTimeBetween, longestBetween } from "./measure";
import type { DayTotals, GoalProgress, HabitDay, ProgressState, WeekResult } from "./types";

export type ProgressInput = {
  goal: { status: string; period: Period; target: StoredTarget | null };
  /** Daily totals from at least four weeks before the period (for the pace) to today. */
  days: readonly DayTotals[];
  habits: readonly HabitDay[];
  checklist: { done: number; total: number };
  today: CalendarDate;
  weekStart: WeekDay;
  distanceUnit: "km" | "mi";
  /** For a block split into weekly micro goals: each week's planned amount (stored units). */
  plannedByWeek?: ReadonlyMap<string, number>;
  /** For a week with planned amounts: what the sessions up to today add up to (stored units). */
  plannedToDate?: number | null;
};

const PACE_WEEKS = 4;

const percentOf = (value: number, target: number) =>
  target > 0 ? Math.round((value / target) * 1000) / 10 : null;

/** Ahead, on track, behind or at risk: what was done against what a steady pace would have done by now. */
function stateAgainst(
  value: number,
  target: number,
  expected: number,
  projected: number | null,
): ProgressState {
  if (value >= target) return "done";
  if (projected !== null && projected >= target)
    return value >= expected * 1.1 ? "ahead" : "on_track";
  if (expected <= 0) return "on_track";
  const ratio = value / expected;
  if (ratio >= 1.1) return "ahead";
  if (ratio >= 0.9) return "on_track";
  if (ratio >= 0.6) return "behind";
  return "at_risk";
}

/** The weeks of a period, by the athlete's week start (a partial first or last week counts). */
export function weeksOf(period: Period, weekStart: WeekDay): CalendarDate[] {
  const weeks: CalendarDate[] = [];
  for (
    let week = weekStartOf(period.start, weekStart);
    week <= period.end;
    week = addDaysTo(week, 7)
  )
    weeks.push(week);
  return weeks;
}

/**
 * Progress of one goal from what was logged: current value against the target, the state, and a
 * projection at the recent pace. Pure: the caller loads the totals in a fixed number of queries.
 */
export function computeProgress(input: ProgressInput): GoalProgress {
  const { goal, days, habits, today, distanceUnit } = input;
  const target = goal.target;
  const empty = {
    value: null,
    target: null,
    percent: null,
    detail: null,
    projection: null,
    weeks: [],
  };
  if (!target) return { ...empty, state: "no_target", summary: "No target yet" };

  const { start, end } = goal.period;
  const upTo = earlierOf(today, end);
  const started = today >= start;
  const ended = today > end;
  const achieved = goal.status === "achieved";
  const finish = (state: ProgressState): ProgressState => {
    if (achieved || state === "done") return "done";
    if (!started) return "not_started";
    if (ended) return "missed";
    return state;
  };

  switch (target.kind) {
    case "checklist": {
      const needed = target.value ?? input.checklist.total;
      const done = input.checklist.done;
      return {
        ...empty,
        value: done,
        target: needed,
        percent: percentOf(done, needed),
        state: finish(
          done >= needed && needed > 0
            ? "done"
            : stateAgainst(done, needed, expectedShare(needed, goal.period, today), null),
        ),
        summary: `${done} of ${needed} ${target.label ?? "items"}`,
      };
    }
    case "milestone": {
      if (target.value === null) {
        return {
          ...empty,
          state: finish("on_track"),
          summary: achieved ? "Milestone reached" : "Not reached yet",
        };
      }
      const longest = started ? longestBetween(target, days, start, upTo) : 0;
      return {
        ...empty,
        value: longest,
        target: target.value,
        percent: percentOf(longest, target.value),
        state: finish(longest >= target.value ? "done" : "on_track"),
        summary: `Longest: ${formatOf(longest, target.value, target, distanceUnit)}`,
      };
    }
    case "best_performance": {
      const best = started ? bestTimeBetween(target, days, start, upTo) : null;
      if (target.value === null)
        return { ...empty, state: finish("on_track"), summary: "Set a target time" };
      return {
        ...empty,
        value: best,
        target: target.value,
        // Lower is better: 100% when the best time equals the target.
        percent: best === null ? 0 : Math.round((target.value / best) * 1000) / 10,
        state: finish(best !== null && best <= target.value ? "done" : "on_track"),
        summary:
          best === null
            ? "No race-length effort yet"
            : `Best: ${formatAmount(best, target, distanceUnit)} (target ${formatAmount(target.value, target, distanceUnit)})`,
      };
    }
    default:
      break;
  }

  if (target.value === null) return { ...empty, state: "no_target", summary: "Set an amount" };
  const goalValue = target.value;

  if (target.per === "day") {
    const elapsed = started ? daysBetween(start, upTo) + 1 : 0;
    let met = 0;
    for (let i = 0; i < elapsed; i++) {
      const day = addDaysTo(start, i);
      if (amountBetween(target, days, habits, day, day) >= goalValue) met += 1;
    }
    const todayValue = started && !ended ? amountBetween(target, days, habits, today, today) : 0;
    const ratio = elapsed > 0 ? met / elapsed : 0;
    return {
      ...empty,
      value: todayValue,
      target: goalValue,
      percent: elapsed > 0 ? Math.round(ratio * 1000) / 10 : 0,
      state: finish(
        ratio >= 0.9
          ? "on_track"
          : ratio >= 0.6
            ? "behind"
            : elapsed === 0
              ? "on_track"
              : "at_risk",
      ),
      summary: `${formatOf(todayValue, goalValue, target, distanceUnit)} today`,
      detail: `Met on ${met} of ${elapsed} day${elapsed === 1 ? "" : "s"}`,
    };
  }

  if (target.per === "week") {
    const weekStarts = weeksOf(goal.period, input.weekStart);
    const weeks: WeekResult[] = weekStarts
      .filter((week) => week <= upTo)
      .map((week) => {
        const { start: from, end: to } = weekWithin(week, goal.period);
        const value = amountBetween(target, days, habits, from, to);
        // A block split into a ramp measures each week against that week's plan.
        const weekTarget = input.plannedByWeek?.get(week) ?? goalValue;
        return { weekStart: week, value, target: weekTarget, met: value >= weekTarget };
      });
    const current = weeks.at(-1);
    const value = current?.value ?? 0;
    const currentTarget = current?.target ?? goalValue;
    const currentStart = current ? current.weekStart : weekStartOf(start, input.weekStart);
    const dayOfWeek = started ? Math.min(7, daysBetween(currentStart, upTo) + 1) : 0;
    const met = weeks.filter((w) => w.met).length;
    const wholeGoalMet = ended && weeks.length > 0 && met === weeks.length;
    let state: ProgressState;
    if (achieved || wholeGoalMet) state = "done";
    else if (ended) state = "missed";
    else if (!started) state = "not_started";
    else {
      // By today: what the plan's sessions add up to so far, or else a steady share of the week.
      const expected = input.plannedToDate ?? (currentTarget * dayOfWeek) / 7;
      const thisWeek = stateAgainst(value, currentTarget, expected, null);
      // Meeting this week's amount finishes a one-week goal, not a block of several weeks.
      state = thisWeek === "done" && weekStarts.length > 1 ? "on_track" : thisWeek;
    }
    return {
      ...empty,
      value,
      target: currentTarget,
      percent: percentOf(value, currentTarget),
      state,
      summary: `${formatOf(value, currentTarget, target, distanceUnit)} ${ended ? "in the last week" : "this week"}`,
      detail:
        weekStarts.length > 1
          ? `${met} of ${weeks.length} week${weeks.length === 1 ? "" : "s"} met${ended ? "" : " so far"}`
          : null,
      weeks,
    };
  }

  // The whole period: how far along, and where the recent pace leads.
  const value = started ? amountBetween(target, days, habits, start, upTo) : 0;
  const expected = expectedShare(goalValue, goal.period, today);
  const paceFrom = addDaysTo(today, -7 * PACE_WEEKS + 1);
  const perWeek = amountBetween(target, days, habits, paceFrom, today) / PACE_WEEKS;
  const weeksLeft = Math.max(0, daysBetween(today, end) / 7);
  const projected = started && !ended ? value + perWeek * weeksLeft : null;
  let projection: string | null = null;
  if (projected !== null && value < goalValue && weeksLeft >= 1) {
    const needed = (goalValue - value) / weeksLeft;
    projection = `At your ${PACE_WEEKS}-week pace: ${formatOf(Math.round(projected * 100) / 100, goalValue, target, distanceUnit)} by ${formatCalendarDate(end, "d MMM")}; you need ${formatAmount(needed, target, distanceUnit)} a week from now.`;
  }
  return {
    ...empty,
    value,
    target: goalValue,
    percent: percentOf(value, goalValue),
    state: finish(stateAgainst(value, goalValue, expected, projected)),
    summary: formatOf(value, goalValue, target, distanceUnit),
    projection,
  };
}

/** What a steady pace from the start would have reached by today. */
function expectedShare(target: number, period: Period, today: CalendarDate): number {
  const total = daysBetween(period.start, period.end) + 1;
  const elapsed = Math.min(total, Math.max(0, daysBetween(period.start, today) + 1));
  return (target * elapsed) / total;
}
