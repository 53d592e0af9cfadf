import type { GoalStatus } from "../goals/constants";
import type { StoredTarget } from "../goals/targets";
import { type CalendarDate, daysBetween, formatCalendarDate, laterOf } from "../periods/calendar";
import { type Period, periodDays } from "../periods/rules";
import { formatAmount, formatOf } from "./format";
import {
  DAYS_AT_RISK_SHARE,
  DAYS_MET_SHARE,
  endState,
  leastFavourable,
  stateForGap,
  verdictState,
} from "./states";
import type { GoalProgress, GoalTally, ProgressState, WeekResult, WeekTally } from "./types";

export type ProgressGoal = {
  status: GoalStatus;
  period: Period;
  target: StoredTarget | null;
};

export type EvaluationContext = {
  /** The athlete's today. */
  today: CalendarDate;
  /** The viewer's distance unit. */
  distanceUnit: "km" | "mi";
  /**
   * States of the goal's current children (period holds today, not archived, no verdict), for a
   * goal whose target has no pace of its own.
   */
  childStates?: readonly ProgressState[];
};

/** The measured figures and the state the log gives; the verdict is applied afterwards. */
type Measured = Omit<GoalProgress, "state"> & { state: ProgressState };

const RECENT_WEEKS = 4;

const percentOf = (value: number, target: number) =>
  target > 0 ? Math.round((value / target) * 1000) / 10 : null;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Days of `period` that are over by `today` (today itself is not over). */
function daysOver(period: Period, today: CalendarDate): number {
  return Math.min(periodDays(period), Math.max(0, daysBetween(period.start, today)));
}

const blank = {
  value: null,
  target: null,
  percent: null,
  detail: null,
  projection: null,
  weeks: [],
} satisfies Partial<GoalProgress>;

/**
 * A goal's progress on a given day, from its stored tally (docs/progress.md). Pure and cheap:
 * every screen calls this with the same tally and the athlete's today, so every screen agrees.
 */
export function evaluateProgress(
  goal: ProgressGoal,
  tally: GoalTally,
  context: EvaluationContext,
): GoalProgress {
  const measured = measure(goal, tally, context);
  return { ...measured, state: verdictState(goal.status) ?? measured.state };
}

function measure(goal: ProgressGoal, tally: GoalTally, context: EvaluationContext): Measured {
  const { today } = context;
  const { start, end } = goal.period;
  const phase = today < start ? "before" : today > end ? "after" : "running";
  const target = goal.target;
  // No pace of its own: while it runs, its current children's state.
  const fromChildren = (after: ProgressState, running: ProgressState = "on_track") =>
    phase === "before"
      ? "not_started"
      : phase === "after"
        ? after
        : (leastFavourable(context.childStates ?? []) ?? running);

  if (!target) {
    return { ...blank, state: fromChildren("no_target", "no_target"), summary: "No target yet" };
  }
  const unit = context.distanceUnit;
  switch (target.kind) {
    case "checklist": {
      const needed = target.value ?? tally.checklist.total;
      const done = tally.total ?? 0;
      const percent = percentOf(done, needed);
      const met = needed > 0 && done >= needed;
      const expected = (needed * daysOver(goal.period, today)) / periodDays(goal.period);
      return {
        ...blank,
        value: done,
        target: needed,
        percent,
        summary: `${done} of ${needed} ${target.label ?? "items"}`,
        state:
          phase === "before"
            ? "not_started"
            : phase === "after"
              ? endState(met, percent)
              : met
                ? "done"
                : stateForGap(done, expected, needed),
      };
    }
    case "milestone": {
      if (target.value === null) {
        return { ...blank, state: fromChildren("missed"), summary: "Not reached yet" };
      }
      const longest = tally.total ?? 0;
      const percent = percentOf(longest, target.value);
      const met = longest >= target.value;
      return {
        ...blank,
        value: longest,
        target: target.value,
        percent,
        summary: `Longest: ${formatOf(longest, target.value, target, unit)}`,
        state: met && phase !== "before" ? "done" : fromChildren(endState(met, percent)),
      };
    }
    case "best_performance": {
      if (target.value === null)
        return {
          ...blank,
          state: fromChildren("no_target", "no_target"),
          summary: "Set a target time",
        };
      const best = tally.total;
      // Lower is better: 100% when the best time equals the target.
      const percent = best === null ? 0 : Math.round((target.value / best) * 1000) / 10;
      const met = best !== null && best <= target.value;
      return {
        ...blank,
        value: best,
        target: target.value,
        percent,
        summary:
          best === null
            ? "No race-length effort yet"
            : `Best: ${formatAmount(best, target, unit)} (target ${formatAmount(target.value, target, unit)})`,
        state: met && phase !== "before" ? "done" : fromChildren(endState(met, percent)),
      };
    }
    default:
      break;
  }
  if (target.value === null) return { ...blank, state: "no_target", summary: "Set an amount" };
  if (phase === "before" && target.per !== "week") {
    const summary = formatOf(0, target.value, target, unit);
    return { ...blank, value: 0, target: target.value, percent: 0, state: "not_started", summary };
  }
  if (target.per === "day") return measureDaily(goal, target, target.value, tally, context);
  if (target.per === "week") return measureWeekly(target, tally, context, phase);
  return measureTotal(goal, target, target.value, tally, context);
}

function measureDaily(
  goal: ProgressGoal,
  target: StoredTarget,
  daily: number,
  tally: GoalTally,
  { today, distanceUnit }: EvaluationContext,
): Measured {
  const ended = today > goal.period.end;
  let met = 0;
  for (const [date, amount] of Object.entries(tally.days))
    if (date < today && amount >= daily) met += 1;
  const todayAmount = ended ? 0 : (tally.days[today] ?? 0);
  const todayMet = !ended && todayAmount >= daily;
  const value = met + (todayMet ? 1 : 0);
  const counted = daysOver(goal.period, today) + (todayMet ? 1 : 0);
  const share = counted > 0 ? value / counted : 0;
  const percent = Math.round(share * 1000) / 10;
  let state: ProgressState;
  if (ended) state = endState(share >= DAYS_MET_SHARE, percent);
  else if (counted === 0 || share >= DAYS_MET_SHARE) state = "on_track";
  else state = share >= DAYS_AT_RISK_SHARE ? "behind" : "at_risk";
  return {
    ...blank,
    value,
    target: periodDays(goal.period),
    percent,
    state,
    summary: `Met on ${value} of ${plural(counted, "day")}`,
    detail: ended ? null : `Today: ${formatOf(todayAmount, daily, target, distanceUnit)}`,
  };
}

/** A week is met by its verdict, or with none by reaching its target. */
export function weekMet(week: WeekTally): boolean {
  if (week.verdict !== null) return week.verdict === "achieved";
  return week.target !== null && week.amount >= week.target;
}

function measureWeekly(
  target: StoredTarget,
  tally: GoalTally,
  { today, distanceUnit }: EvaluationContext,
  phase: "before" | "running" | "after",
): Measured {
  const weeks = tally.weeks;
  const several = weeks.length > 1;
  const soFar = weeks.filter((week, index) => index === 0 || week.start <= today);
  const current = phase === "before" ? weeks[0] : soFar.at(-1);
  const results: WeekResult[] = soFar.map((week) => ({
    weekStart: week.start,
    value: week.amount,
    target: week.target ?? 0,
    met: weekMet(week),
  }));
  const value = current?.amount ?? 0;
  const weekTarget = current?.target ?? target.value ?? 0;
  const percent = percentOf(value, weekTarget);
  const metCount = results.filter((w) => w.met).length;
  let state: ProgressState;
  if (phase === "before") state = "not_started";
  else if (phase === "after")
    state = several
      ? endState(metCount === results.length, metCount * 2 >= results.length ? 50 : 0)
      : endState(current ? weekMet(current) : false, percent);
  else if (current && weekMet(current)) state = several ? "on_track" : "done";
  else {
    const over = current ? Math.min(7, Math.max(0, daysBetween(current.start, today))) : 0;
    const expected = current?.planned
      ? current.planned.slice(0, over).reduce((sum, amount) => sum + amount, 0)
      : (weekTarget * over) / 7;
    state = stateForGap(value, expected, weekTarget);
  }
  const amounts = formatOf(value, weekTarget, target, distanceUnit);
  return {
    ...blank,
    value,
    target: weekTarget,
    percent,
    state,
    summary: !several
      ? phase === "running"
        ? `${amounts} this week`
        : amounts
      : `${amounts} ${phase === "after" ? "in the last week" : "this week"}`,
    detail: several
      ? `${metCount} of ${plural(results.length, "week")} met${phase === "after" ? "" : " so far"}`
      : null,
    weeks: several ? results : [],
  };
}

function measureTotal(
  goal: ProgressGoal,
  target: StoredTarget,
  goalValue: number,
  tally: GoalTally,
  { today, distanceUnit }: EvaluationContext,
): Measured {
  const { period } = goal;
  const value = tally.total ?? 0;
  const percent = percentOf(value, goalValue);
  const met = value >= goalValue;
  const summary = formatOf(value, goalValue, target, distanceUnit);
  if (today > period.end)
    return { ...blank, value, target: goalValue, percent, summary, state: endState(met, percent) };

  // The recent pace: this week and the three before it, over the days they have had so far.
  const recent = tally.weeks.filter((w) => w.start <= today).slice(-RECENT_WEEKS);
  const from = laterOf(recent[0]?.start ?? period.start, period.start);
  const paceDays = Math.max(1, daysBetween(from, today) + 1);
  const perDay = recent.reduce((sum, w) => sum + w.amount, 0) / paceDays;
  const daysLeft = daysBetween(today, period.end);
  const projected = value + perDay * daysLeft;
  const expected = (goalValue * daysOver(period, today)) / periodDays(period);
  let state = met ? "done" : stateForGap(value, expected, goalValue);
  if ((state === "behind" || state === "at_risk") && projected >= goalValue) state = "on_track";
  let projection: string | null = null;
  if (!met && daysLeft >= 7) {
    const needed = ((goalValue - value) * 7) / daysLeft;
    const reach = formatOf(Math.round(projected * 100) / 100, goalValue, target, distanceUnit);
    projection = `At your recent pace: ${reach} by ${formatCalendarDate(period.end, "d MMM")}; you need ${formatAmount(needed, target, distanceUnit)} a week from now.`;
  }
  return { ...blank, value, target: goalValue, percent, summary, projection, state };
}
