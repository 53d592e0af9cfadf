import type { Outcome } from "../checkins/constants";
import type { CalendarDate } from "../periods/calendar";
import type { WeekDay } from "../profile/schemas";
import type { ProgressState } from "../progress/types";

/** One athlete's recent record, as the database aggregates it for the triage's signals. */
export type RecentCheckin = {
  weekStart: CalendarDate;
  weekEnd: CalendarDate;
  mood: number | null;
  energy: number | null;
  /** Each micro goal's outcome, with the meso goal it belongs to. */
  outcomes: readonly { mesoId: string | null; mesoTitle: string | null; outcome: Outcome }[];
};

export type MesoSnapshot = {
  id: string;
  title: string;
  periodEnd: CalendarDate;
  percent: number | null;
  state: ProgressState;
};

export type MacroSnapshot = {
  id: string;
  title: string;
  state: ProgressState;
  projection: string | null;
};

export type AthleteRecord = {
  today: CalendarDate;
  weekStart: WeekDay;
  /** The coach's distance unit, for the words. */
  distanceUnit: "km" | "mi";
  /** Check-ins of the last weeks, any order. */
  checkins: readonly RecentCheckin[];
  /** Running distance logged per week (metres), keyed by the athlete's week start. */
  runDistanceByWeek: ReadonlyMap<CalendarDate, number>;
  /** Today's training load (training/load.ts): acute and chronic AU a day and their ratio. */
  load: { acute: number; chronic: number; ratio: number | null } | null;
  /** Current race goals (best performance) with today's prediction and the one 4 weeks ago. */
  predictions: readonly RacePrediction[];
  mesos: readonly MesoSnapshot[];
  macros: readonly MacroSnapshot[];
  /** Comments by the athlete on their own check-ins or goals still waiting for this coach. */
  unansweredComments: number;
};

export type RacePrediction = {
  title: string;
  goalSeconds: number;
  predicted: number;
  fourWeeksAgo: number | null;
};
