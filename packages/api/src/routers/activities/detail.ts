import { findOwnActivityStream } from "@stride/db/queries";
import { routeOf, seriesOf, splitsOf } from "@stride/domain/imports";
import { ownActivityProcedure } from "../../procedures/activities";
import { toActivityDto } from "../../services/activity-dto";

const UNIT_METRES = { km: 1000, mi: 1609.344 } as const;

/**
 * One of the caller's activities with what its recording kept: splits per km or mile (the
 * caller's unit), elevation, heart rate and pace over time, and the route as points for an SVG
 * trace. Activities logged by hand have no recording, and only the summary.
 */
export const detail = ownActivityProcedure.query(async ({ ctx }) => {
  const unit = ctx.profile.distanceUnit;
  const stream = await findOwnActivityStream(ctx.db, {
    ownerId: ctx.viewerId,
    activityId: ctx.activity.id,
  });
  return {
    activity: toActivityDto(ctx.activity, unit),
    splits: stream ? splitsOf(stream, UNIT_METRES[unit]) : [],
    series: stream ? seriesOf(stream, UNIT_METRES[unit]) : null,
    route: stream ? routeOf(stream) : [],
  };
});
