import { asOwner, findPaceSource, saveOwnPaceSource } from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { todayIn } from "@stride/domain/periods";
import { setPaceZonesInput } from "@stride/domain/training";
import { profileProcedure } from "../../procedures";
import { paceZonesView } from "../../services/pace-zones";

/**
 * The caller's own pace zones: the race they come from (with its date), its VDOT, and the five
 * zones as paces in the caller's unit (seconds per km or per mile), slowest first.
 */
export const zones = profileProcedure.query(async ({ ctx }) => {
  const source = await findPaceSource(ctx.db, {
    viewer: asOwner(ctx.viewerId),
    athleteId: ctx.viewerId,
  });
  return paceZonesView(source, ctx.profile.distanceUnit);
});

/** Sets the race the caller's zones come from, or with `source: null` clears it. */
export const setZones = profileProcedure
  .input(setPaceZonesInput)
  .mutation(async ({ ctx, input }) => {
    if (input.source && input.source.raceDate > todayIn(ctx.profile.timeZone)) {
      throw new DomainError("INVALID", "The race has to be one you have run", {
        field: "source.raceDate",
      });
    }
    await saveOwnPaceSource(ctx.db, ctx.viewerId, input.source);
    return { saved: input.source !== null };
  });
