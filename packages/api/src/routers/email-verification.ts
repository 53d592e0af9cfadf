import { getProfile } from "@stride/db/queries";
import { verifyEmailInput } from "@stride/domain/accounts";
import { spendLimit } from "../limits";
import { sendVerification, verifyEmailWithToken } from "../services/email-verification";
import { authedProcedure, publicProcedure } from "../trpc";

/** Confirms an address through the link mailed at sign-up; no session needed. */
export const verifyEmail = publicProcedure
  .input(verifyEmailInput)
  .mutation(({ ctx, input }) => verifyEmailWithToken(ctx.db, input.token));

/** Mails the signed-in person a new confirmation link, unless their address is confirmed. */
export const resendVerification = authedProcedure.mutation(async ({ ctx }) => {
  const profile = await getProfile(ctx.db, ctx.viewerId);
  if (!profile || profile.emailVerified) return { sent: false as const };
  await spendLimit(ctx.db, "verifyEmail", ctx.viewerId);
  await sendVerification(ctx.db, ctx.mailer, ctx.viewerId);
  return { sent: true as const };
});
