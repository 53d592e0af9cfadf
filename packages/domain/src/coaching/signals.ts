import { weekAdherence } from "../checkins/outcomes";
import { addDaysTo, type CalendarDate, daysBetween, weekStartOf } from "../periods/calendar";
import type { WeekDay } from "../profile/schemas";
import { formatDuration, formatNumber, fromStored } from "../units";
import type { AthleteRecord, RecentCheckin } from "./record";
import type { TriageThresholds } from "./schemas";

/**
 * Triage: who needs their coach this week, and why, in words. Every signal is a pure function of
 * one athlete's recent record (aggregated by the database), so a whole roster is ranked from a
 * fixed number of queries.
 */

export type {
  AthleteRecord,
  MacroSnapshot,
  MesoSnapshot,
  RacePrediction,
  RecentCheckin,
} from "./record";

export const SIGNAL_KINDS = [
  "no_checkin",
  "meso_missed_twice",
  "adherence_falling",
  "low_wellbeing",
  "volume_spike",
  "load_spike",
  "prediction_drift",
  "meso_ending_short",
  "macro_off_track",
  "unanswered_comment",
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** How much each signal weighs in the ranking: what a coach should act on first weighs most. */
export const SIGNAL_WEIGHTS: Record<SignalKind, number> = {
  no_checkin: 3,
  meso_missed_twice: 3,
  low_wellbeing: 3,
  adherence_falling: 2,
  volume_spike: 2,
  load_spike: 2,
  prediction_drift: 2,
  meso_ending_short: 2,
  unanswered_comment: 2,
  macro_off_track: 1,
};

export type Signal = { kind: SignalKind; weight: number; reason: string };

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
const hundredths = (value: number) => String(Math.round(value * 100) / 100);
const quoted = (title: string) => `\u201c${title}\u201d`;

/** The week that ended most recently, by the athlete's week start. */
export function lastFinishedWeek(today: CalendarDate, weekStart: WeekDay): CalendarDate {
  return addDaysTo(weekStartOf(today, weekStart), -7);
}

function byWeek(record: AthleteRecord) {
  const weeks = new Map<CalendarDate, RecentCheckin>();
  // A check-in made under an earlier week start counts for the week its last day falls in.
  for (const checkin of record.checkins)
    weeks.set(weekStartOf(checkin.weekEnd, record.weekStart), checkin);
  return weeks;
}

export function noCheckinSignal(record: AthleteRecord): Signal | null {
  const week = lastFinishedWeek(record.today, record.weekStart);
  if (byWeek(record).has(week)) return null;
  return {
    kind: "no_checkin",
    weight: SIGNAL_WEIGHTS.no_checkin,
    reason: "No check-in for the week just ended",
  };
}

/** The two latest check-ins when they are for consecutive weeks among the last three finished. */
function lastTwoConsecutive(record: AthleteRecord): [RecentCheckin, RecentCheckin] | null {
  const weeks = byWeek(record);
  const last = lastFinishedWeek(record.today, record.weekStart);
  for (const latest of [last, addDaysTo(last, -7)]) {
    const a = weeks.get(latest);
    const b = weeks.get(addDaysTo(latest, -7));
    if (a && b) return [a, b];
    if (a) return null;
  }
  return null;
}

export function mesoMissedTwiceSignal(record: AthleteRecord): Signal | null {
  const pair = lastTwoConsecutive(record);
  if (!pair) return null;
  const missedIn = (checkin: RecentCheckin) =>
    new Map(
      checkin.outcomes
        .filter((o) => o.outcome === "missed" && o.mesoId !== null)
        .map((o) => [o.mesoId as string, o.mesoTitle ?? "a block"]),
    );
  const [latest, before] = pair.map(missedIn) as [Map<string, string>, Map<string, string>];
  const both = [...latest].filter(([id]) => before.has(id));
  if (both.length === 0) return null;
  return {
    kind: "meso_missed_twice",
    weight: SIGNAL_WEIGHTS.meso_missed_twice,
    reason: `Missed ${both.map(([, title]) => quoted(title)).join(" and ")} two weeks running`,
  };
}

export function adherenceFallingSignal(
  record: AthleteRecord,
  thresholds: TriageThresholds,
): Signal | null {
  const weeks = byWeek(record);
  const last = lastFinishedWeek(record.today, record.weekStart);
  const series = [addDaysTo(last, -14), addDaysTo(last, -7), last].map((week) => {
    const checkin = weeks.get(week);
    return checkin ? weekAdherence(checkin.outcomes.map((o) => o.outcome)) : null;
  });
  if (series.some((value) => value === null)) return null;
  const [first, second, third] = series as [number, number, number];
  const falling = second < first && third < second;
  // A small tolerance: 1 − 0.8 is 0.19999… in floating point, and a drop of exactly the threshold counts.
  if (!falling || (first - third) * 100 < thresholds.adherenceDropPoints - 1e-9) return null;
  return {
    kind: "adherence_falling",
    weight: SIGNAL_WEIGHTS.adherence_falling,
    reason: `Adherence falling three weeks running: ${series.map((v) => percent(v as number)).join(" \u2192 ")}`,
  };
}

export function lowWellbeingSignal(
  record: AthleteRecord,
  thresholds: TriageThresholds,
): Signal | null {
  const pair = lastTwoConsecutive(record);
  if (!pair) return null;
  const limit = thresholds.lowWellbeingAtOrBelow;
  const low = (value: number | null) => value !== null && value <= limit;
  const lowMood = pair.every((c) => low(c.mood));
  const lowEnergy = pair.every((c) => low(c.energy));
  if (!lowMood && !lowEnergy) return null;
  const what = lowMood && lowEnergy ? "mood and energy" : lowMood ? "mood" : "energy";
  const [latest, before] = pair;
  const values = [
    lowMood ? `mood ${before.mood} then ${latest.mood}` : null,
    lowEnergy ? `energy ${before.energy} then ${latest.energy}` : null,
  ].filter((part) => part !== null);
  return {
    kind: "low_wellbeing",
    weight: SIGNAL_WEIGHTS.low_wellbeing,
    reason: `Low ${what} two check-ins running (${values.join(", ")}, out of 5)`,
  };
}

export function volumeSpikeSignal(
  record: AthleteRecord,
  thresholds: TriageThresholds,
): Signal | null {
  const last = lastFinishedWeek(record.today, record.weekStart);
  const volume = (week: CalendarDate) => record.runDistanceByWeek.get(week) ?? 0;
  const current = volume(last);
  // Against the larger of the two weeks before, so the week after a lighter week is not flagged.
  const before = Math.max(volume(addDaysTo(last, -7)), volume(addDaysTo(last, -14)));
  if (before <= 0 || current <= 0) return null;
  const increase = current / before - 1;
  // Exactly at the limit is allowed (11 / 10 − 1 is a hair over 0.1 in floating point).
  if (increase * 100 <= thresholds.rampLimitPercent + 1e-9) return null;
  const unit = record.distanceUnit;
  const amount = (metres: number) => `${formatNumber(fromStored(metres, unit))} ${unit}`;
  return {
    kind: "volume_spike",
    weight: SIGNAL_WEIGHTS.volume_spike,
    reason: `Weekly running up ${percent(increase)} (${amount(before)} \u2192 ${amount(current)}), above the ${thresholds.rampLimitPercent}% limit`,
  };
}

/** The last 7 days' load well above what the 28 days made the athlete used to. */
export function loadSpikeSignal(
  record: AthleteRecord,
  thresholds: TriageThresholds,
): Signal | null {
  const ratio = record.load?.ratio ?? null;
  // Exactly at the limit is allowed, as for the ramp.
  if (ratio === null || ratio <= thresholds.loadRatioLimit + 1e-9) return null;
  return {
    kind: "load_spike",
    weight: SIGNAL_WEIGHTS.load_spike,
    reason: `Load spike: acute:chronic ${hundredths(ratio)} (limit ${hundredths(thresholds.loadRatioLimit)})`,
  };
}

/**
 * A race goal drifting away: today's prediction slower than the goal by more than the coach's
 * limit, and further from it than four weeks ago (or with nothing to compare yet).
 */
export function predictionDriftSignal(
  record: AthleteRecord,
  thresholds: TriageThresholds,
): Signal | null {
  const drifting = record.predictions.filter((p) => {
    const gap = p.predicted / p.goalSeconds - 1;
    const moving = p.fourWeeksAgo === null || p.predicted > p.fourWeeksAgo;
    return gap * 100 > thresholds.predictionDriftPercent + 1e-9 && moving;
  });
  const first = drifting[0];
  if (!first) return null;
  const was =
    first.fourWeeksAgo === null ? "" : `, was ${formatDuration(first.fourWeeksAgo)} four weeks ago`;
  return {
    kind: "prediction_drift",
    weight: SIGNAL_WEIGHTS.prediction_drift,
    reason: `${quoted(first.title)} drifting: predicted ${formatDuration(first.predicted)} for a goal of ${formatDuration(first.goalSeconds)}${was}`,
  };
}

export function mesoEndingShortSignal(
  record: AthleteRecord,
  thresholds: TriageThresholds,
): Signal | null {
  const short = record.mesos.filter((meso) => {
    const left = daysBetween(record.today, meso.periodEnd);
    return (
      left >= 0 &&
      left <= thresholds.mesoEndingWithinDays &&
      meso.percent !== null &&
      meso.percent < thresholds.mesoFarBelowPercent &&
      meso.state !== "done"
    );
  });
  const first = short[0];
  if (!first) return null;
  const left = daysBetween(record.today, first.periodEnd);
  const when = left === 0 ? "today" : left === 1 ? "tomorrow" : `in ${left} days`;
  return {
    kind: "meso_ending_short",
    weight: SIGNAL_WEIGHTS.meso_ending_short,
    reason: `${quoted(first.title)} ends ${when} at ${Math.round(first.percent ?? 0)}% of its target${short.length > 1 ? ` (and ${short.length - 1} more)` : ""}`,
  };
}

export function macroOffTrackSignal(record: AthleteRecord): Signal | null {
  const off = record.macros.filter((m) => m.state === "behind" || m.state === "at_risk");
  const first = off[0];
  if (!first) return null;
  return {
    kind: "macro_off_track",
    weight: SIGNAL_WEIGHTS.macro_off_track,
    reason: `${quoted(first.title)} projected off track${first.projection ? `: ${first.projection}` : ""}`,
  };
}

export function unansweredCommentSignal(record: AthleteRecord): Signal | null {
  const count = record.unansweredComments;
  if (count <= 0) return null;
  return {
    kind: "unanswered_comment",
    weight: SIGNAL_WEIGHTS.unanswered_comment,
    reason:
      count === 1
        ? "A comment from the athlete is waiting for your reply"
        : `${count} comments from the athlete are waiting for your reply`,
  };
}
