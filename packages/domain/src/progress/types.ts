import type { ActivityType } from "../goals/constants";

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
  "missed",
] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

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
  /** "2 of 3 weeks met", "Met on 5 of 6 days". */
  detail: string | null;
  /** "At your 4-week pace: 812 of 1,000 mi by 31 Dec; you need 19 mi a week from now." */
  projection: string | null;
  /** Each week's result for weekly targets spanning several weeks. */
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
  missed: "Missed",
};
