import { asOwner, findGoal } from "@stride/db/queries";
import { goalIdSchema } from "@stride/domain/goals";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { profileProcedure } from "./index";

export const GOAL_NOT_FOUND = "That goal was not found.";

/**
 * A goal the viewer may change: loaded through the access policy (their own goals) and put on
 * the context. Anyone else's goal id gets NOT_FOUND, exactly like an id that does not exist.
 */
export const ownGoalProcedure = profileProcedure
  .input(z.object({ id: goalIdSchema }))
  .use(async ({ ctx, input, next }) => {
    const goal = await findGoal(ctx.db, { viewer: asOwner(ctx.viewerId), goalId: input.id });
    if (!goal) throw new TRPCError({ code: "NOT_FOUND", message: GOAL_NOT_FOUND });
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, goal } });
  });
