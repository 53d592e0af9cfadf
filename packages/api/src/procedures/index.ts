import { readProfile } from "@stride/db/queries";
import { TRPCError } from "@trpc/server";
import { authedProcedure } from "../trpc";

/**
 * Resource-scoped procedures load the resource through the access policy, refuse with NOT_FOUND
 * when the viewer may not see it, and put it on the context so the handler cannot skip the check.
 * Later areas follow this shape (a goal, a check-in, a group).
 */
export const profileProcedure = authedProcedure.use(async ({ ctx, next }) => {
  // A profile belongs to exactly one person, so the policy is "your own": the viewer id is the key.
  const profile = await readProfile(ctx.db, ctx.viewerId);
  if (!profile)
    throw new TRPCError({ code: "NOT_FOUND", message: "This account no longer exists." });
  return next({ ctx: { ...ctx, profile } });
});
