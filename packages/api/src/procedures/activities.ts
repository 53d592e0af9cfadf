import { findOwnActivity } from "@stride/db/queries";
import { activityIdSchema } from "@stride/domain/activities";
import { DomainError } from "@stride/domain/errors";
import { z } from "zod";
import { profileProcedure } from "./index";

/** An activity of the viewer's, loaded through the access policy; anyone else's is NOT_FOUND. */
export const ownActivityProcedure = profileProcedure
  .input(z.object({ id: activityIdSchema }))
  .use(async ({ ctx, input, next }) => {
    const activity = await findOwnActivity(ctx.db, {
      ownerId: ctx.viewerId,
      activityId: input.id,
    });
    if (!activity) throw new DomainError("NOT_FOUND", "That activity was not found.");
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, activity } });
  });
