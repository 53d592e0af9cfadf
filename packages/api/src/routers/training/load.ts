import { asOwner } from "@stride/db/queries";
import { todayIn } from "@stride/domain/periods";
import { trainingLoadInput } from "@stride/domain/training";
import { profileProcedure } from "../../procedures";
import { loadForAthletes } from "../../services/training-load";

/**
 * The athlete's own training load (domain training/load.ts): each day's session load, the acute
 * (7-day) and chronic (28-day) averages and their ratio, ending today.
 */
export const load = profileProcedure.input(trainingLoadInput).query(async ({ ctx, input }) => {
  const today = todayIn(ctx.profile.timeZone);
  const loads = await loadForAthletes(ctx.db, {
    viewer: asOwner(ctx.viewerId),
    athletes: [{ athleteId: ctx.viewerId, today }],
    days: input.days,
  });
  const { series, estimated } = loads.get(ctx.viewerId) ?? { series: [], estimated: 0 };
  return { today, series, latest: series.at(-1) ?? null, estimated };
});
