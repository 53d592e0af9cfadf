import { requestPasswordResetInput, resetPasswordInput } from "@stride/domain/accounts";
import { spendLimit } from "../limits";
import { resetPasswordWithToken, sendPasswordReset } from "../services/password-reset";
import { publicProcedure } from "../trpc";

/**
 * Asks for a reset link. The answer is the same whether or not the email has an account (the
 * mail goes out in the background, so even the timing says nothing); only the limits, counted
 * for every request, can refuse.
 */
export const requestPasswordReset = publicProcedure
  .input(requestPasswordResetInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "passwordResetAddress", ctx.clientAddress);
    await spendLimit(ctx.db, "passwordResetEmail", input.email);
    await sendPasswordReset(ctx.db, ctx.mailer, input.email);
    return { sent: true as const };
  });

/** Sets a new password with the link's token; signs out every other session. */
export const resetPassword = publicProcedure
  .input(resetPasswordInput)
  .mutation(({ ctx, input }) => resetPasswordWithToken(ctx.db, input));
