import { asOwner, findPaceSource, saveOwnPaceSource } from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { todayIn } from "@stride/domain/periods";
import {
  PACE_ZONE_LABELS,
  paceZones,
  setPaceZonesInput,
  vdotFromRace,
} from "@stride/domain/training";
import { profileProcedure } from "../../procedures";

const MILE = 1609.344;

/**
 * The caller's own pace zones: the race they come from (with its date), its VDOT, and the five
 * zones as paces in the caller's unit (seconds per km or per mile), slowest first.
 */
export const zones = profileProcedure.query(async ({ ctx }) => {
  const source = await findPaceSource(ctx.db, {
    viewer: asOwner(ctx.viewerId),
    athleteId: ctx.viewerId,
  });
  if (!source) return null;
  const vdot = vdotFromRace(source.distanceMetres, source.seconds);
  const perUnit = ctx.profile.distanceUnit === "mi" ? MILE / 1000 : 1;
  return {
    source,
    vdot: Math.round(vdot * 10) / 10,
    unit: ctx.profile.distanceUnit,
    zones: paceZones(vdot).map((zone) => ({
      zone: zone.zone,
      label: PACE_ZONE_LABELS[zone.zone],
      slowest: Math.round(zone.slowest * perUnit),
      fastest: Math.round(zone.fastest * perUnit),
    })),
  };
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
