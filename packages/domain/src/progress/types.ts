import type { ActivityType, GoalStatus } from "../goals/constants";
import type { CalendarDate } from "../periods/calendar";

/** One athlete's activities of one type on one day, added up (what the database aggregates). */
export type DayTotals = {
  date: string;
  type: ActivityType;
  count: number;
  distance: number;
  duration: number;
  elevation: number;
  /** The longest single activity that day, metres. */
  longest: number;
  /** Best pace (seconds per metre) among activities at least as long as each race distance. */
  bestPace: Readonly<Record<string, number | null>>;
};

export type HabitDay = { date: string; count: number };

export const PROGRESS_STATES = [
  "no_target",
  "not_started",
  "done",
  "ahead",
  "on_track",
  "behind",
  "at_risk",
  "partial",
  "missed",
  "let_go",
] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** A verdict: the status an athlete set (at a check-in or by hand); "active" is none. */
export type Verdict = Exclude<GoalStatus, "active">;

/** One of a goal's weeks as the log holds it: no notion of today. */
export type WeekTally = {
  /** The week's first day (the athlete's week start). */
  start: CalendarDate;
  /** Measured over the whole week for weekly targets, over the part inside the period otherwise. */
  amount: number;
  /** Weekly targets: this week's target (stored units); null otherwise. */
  target: number | null;
  /** Planned amount per day of the week (index 0 is `start`) when its plan has amounts. */
  planned: number[] | null;
  /** A block's week: the verdict of its micro goal for that week, if any. */
  verdict: Verdict | null;
};

/**
 * What the log holds for one goal, independent of the day it is read: the stored read model
 * (`goal_progress`), rewritten by every write that changes it.
 */
export type GoalTally = {
  /** Over the whole period: the amount (total, sessions, habit days), the longest activity
   * (milestone), the best time (best performance, null before any effort) or the ticked items. */
  total: number | null;
  /** The goal's weeks, for targets in total and each week. */
  weeks: WeekTally[];
  /** Daily targets: the amount of each day that has any. */
  days: Record<CalendarDate, number>;
  checklist: { done: number; total: number };
};

export type WeekResult = { weekStart: string; value: number; target: number; met: boolean };

export type GoalProgress = {
  state: ProgressState;
  /** In stored units (metres, seconds) or counts; null when there is nothing to measure. */
  value: number | null;
  target: number | null;
  /** 0 to 100 (and beyond when exceeded); null without a target. */
  percent: number | null;
  /** "8.2 of 15 mi this week", in the viewer's unit. */
  summary: string;
  /** "2 of 3 weeks met so far", "Today: 1 of 2 servings". */
  detail: string | null;
  /** "At your recent pace: 812 of 1,000 mi by 31 Dec; you need 19 mi a week from now." */
  projection: string | null;
  /** Each week so far, for weekly targets spanning several weeks. */
  weeks: WeekResult[];
};

export const STATE_LABELS: Record<ProgressState, string> = {
  no_target: "No target",
  not_started: "Not started",
  done: "Done",
  ahead: "Ahead",
  on_track: "On track",
  behind: "Behind",
  at_risk: "At risk",
  partial: "Partly met",
  missed: "Missed",
  let_go: "Let go",
};
