import { updateProfile } from "@stride/db/queries";
import { updateProfileInput } from "@stride/domain/profile";
import { TRPCError } from "@trpc/server";
import { profileProcedure } from "../procedures";
import { router } from "../trpc";

export const profileRouter = router({
  get: profileProcedure.query(({ ctx }) => ctx.profile),

  update: profileProcedure.input(updateProfileInput).mutation(async ({ ctx, input }) => {
    const profile = await updateProfile(ctx.db, ctx.viewerId, input);
    if (!profile)
      throw new TRPCError({ code: "NOT_FOUND", message: "This account no longer exists." });
    return profile;
  }),
});
