import { asReader, findGoal, findVisibleCheckin } from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { z } from "zod";
import { authedProcedure } from "../trpc";

export const CHECKIN_NOT_FOUND = "That check-in was not found.";
const GOAL_NOT_FOUND = "That goal was not found.";

/** A check-in the viewer may see (their own, or shared with a group they are in). */
export const visibleCheckinProcedure = authedProcedure
  .input(z.object({ checkinId: z.uuid("That check-in id is not valid") }))
  .use(async ({ ctx, input, next }) => {
    const checkin = await findVisibleCheckin(ctx.db, {
      viewerId: ctx.viewerId,
      checkinId: input.checkinId,
    });
    if (!checkin) throw new DomainError("NOT_FOUND", CHECKIN_NOT_FOUND);
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, checkin } });
  });

/** A goal whose comments the viewer may read and join: their own, or as the athlete's coach. */
export const commentableGoalProcedure = authedProcedure
  .input(z.object({ goalId: z.uuid("That goal id is not valid") }))
  .use(async ({ ctx, input, next }) => {
    const goal = await findGoal(ctx.db, { viewer: asReader(ctx.viewerId), goalId: input.goalId });
    if (!goal) throw new DomainError("NOT_FOUND", GOAL_NOT_FOUND);
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, goal } });
  });
