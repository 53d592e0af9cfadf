import { updateProfile } from "@stride/db/queries";
import { updateProfileInput } from "@stride/domain/profile";
import { TRPCError } from "@trpc/server";
import { profileProcedure } from "../procedures";
import { writeWithProgress } from "../services/progress";
import { router } from "../trpc";

export const profileRouter = router({
  get: profileProcedure.query(({ ctx }) => ctx.profile),

  update: profileProcedure.input(updateProfileInput).mutation(async ({ ctx, input }) => {
    const profile = await writeWithProgress(
      ctx.db,
      ctx.viewerId,
      (tx) => updateProfile(tx, ctx.viewerId, input),
      // Another week start regroups every goal's weeks (the weekly totals follow by trigger).
      (updated) => ({ all: updated?.weekStart !== ctx.profile.weekStart }),
    );
    if (!profile)
      throw new TRPCError({ code: "NOT_FOUND", message: "This account no longer exists." });
    return profile;
  }),
});
