import { EVENT_DISTANCES } from "../goals/targets";
import { addDaysTo, type CalendarDate } from "../periods/calendar";
import { riegel } from "./vdot";

/** A run as the prediction reads it. */
export type EffortRun = { date: CalendarDate; metres: number; seconds: number };

export type Prediction = {
  /** The predicted time over the goal's distance, whole seconds. */
  seconds: number;
  /** The best effort it comes from: its day, race distance and time over that distance. */
  from: { date: CalendarDate; event: string; eventMetres: number; seconds: number };
};

/** Efforts older than this say little about today's form. */
export const PREDICTION_WINDOW_DAYS = 84;

/**
 * The race time over `goalMetres` the athlete's best recent effort predicts, by Riegel's formula.
 * A run's best effort is over the longest race distance it covers (at least 99% of it, as for a
 * best performance, docs/progress.md), at the run's own pace; the fastest prediction of the runs
 * in the 12 weeks up to `asOf` wins. Null without a run of a mile or more in that time.
 */
export function predictRaceTime(
  runs: readonly EffortRun[],
  goalMetres: number,
  asOf: CalendarDate,
): Prediction | null {
  const since = addDaysTo(asOf, -(PREDICTION_WINDOW_DAYS - 1));
  let best: Prediction | null = null;
  for (const run of runs) {
    if (run.date < since || run.date > asOf || run.seconds <= 0) continue;
    const event = [...EVENT_DISTANCES].reverse().find((e) => run.metres >= e.metres * 0.99);
    if (!event) continue;
    const effort = (run.seconds / run.metres) * event.metres;
    const seconds = Math.round(riegel(effort, event.metres, goalMetres));
    if (best === null || seconds < best.seconds) {
      best = {
        seconds,
        from: {
          date: run.date,
          event: event.label,
          eventMetres: event.metres,
          seconds: Math.round(effort),
        },
      };
    }
  }
  return best;
}

/** The prediction as it stood at the end of each of these days: how it moved over a block. */
export function predictionSeries(
  runs: readonly EffortRun[],
  goalMetres: number,
  days: readonly CalendarDate[],
): { date: CalendarDate; seconds: number | null }[] {
  return days.map((date) => ({
    date,
    seconds: predictRaceTime(runs, goalMetres, date)?.seconds ?? null,
  }));
}
