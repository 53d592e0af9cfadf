import { asOwner, listLoadActivities } from "@stride/db/queries";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { PREDICTION_WINDOW_DAYS, predictionSeries, predictRaceTime } from "@stride/domain/training";
import { ownGoalProcedure } from "../../procedures/goals";
import { effortRuns } from "../../services/training-load";

/**
 * For a best-performance goal ("half marathon under 1:50:00"): the time the athlete's best recent
 * effort predicts (Riegel), and how that prediction moved week by week over the goal's period.
 * Null for other goals. The goal must be the caller's own (NOT_FOUND otherwise).
 */
export const prediction = ownGoalProcedure.query(async ({ ctx }) => {
  const { goal, profile } = ctx;
  const goalMetres = goal.targetEventDistanceMetres;
  if (goal.targetKind !== "best_performance" || !goalMetres) return null;
  const today = todayIn(profile.timeZone);
  const last = goal.periodEnd < today ? goal.periodEnd : today;
  const first = goal.periodStart < last ? goal.periodStart : last;
  const rows = await listLoadActivities(ctx.db, {
    viewer: asOwner(ctx.viewerId),
    athleteIds: [ctx.viewerId],
    from: addDaysTo(first, -(PREDICTION_WINDOW_DAYS - 1)),
    to: last,
  });
  const runs = effortRuns(rows);
  // The end of each of the goal's weeks so far, and today.
  const days: string[] = [];
  for (
    let end = addDaysTo(weekStartOf(first, profile.weekStart), 6);
    end < last;
    end = addDaysTo(end, 7)
  ) {
    days.push(end);
  }
  days.push(last);
  return {
    goalSeconds: goal.targetValue,
    eventMetres: goalMetres,
    predicted: predictRaceTime(runs, goalMetres, last),
    weeks: predictionSeries(runs, goalMetres, days),
  };
});
