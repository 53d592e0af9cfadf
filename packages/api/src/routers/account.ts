import type { Database } from "@stride/db/client";
import { hashPassword, verifyPassword } from "@stride/db/passwords";
import {
  deleteAccount,
  exportAccountData,
  findCredentialsById,
  insertAccount,
  listExistingEmails,
  replacePasswordHash,
} from "@stride/db/queries";
import {
  changePasswordInput,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  deleteAccountInput,
  signUpInput,
} from "@stride/domain/accounts";
import { DomainError } from "@stride/domain/errors";
import { spendLimit } from "../limits";
import { sendSignUpAttempt, sendVerification } from "../services/email-verification";
import { authedProcedure, publicProcedure, router } from "../trpc";
import { resendVerification, verifyEmail } from "./email-verification";
import { requestPasswordReset, resetPassword } from "./password-reset";

/**
 * Checks the signed-in person's password before a change that asks for it, refusing with
 * `refusal` on its field. Counted before the check, so a stolen session cannot guess the password
 * at hash speed.
 */
async function confirmPassword(
  ctx: { db: Database; viewerId: string },
  password: string,
  refusal: { field: string; message: string },
) {
  await spendLimit(ctx.db, "passwordCheck", ctx.viewerId);
  const account = await findCredentialsById(ctx.db, ctx.viewerId);
  if (!account || !(await verifyPassword(account.passwordHash, password))) {
    throw new DomainError("INVALID", refusal.message, { field: refusal.field });
  }
}

export const accountRouter = router({
  /**
   * Makes an account and mails a link to confirm the address; for an address that already has an
   * account, makes nothing and mails its owner instead. The answer is the same either way, so
   * sign-up never tells anyone which addresses have accounts.
   */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "signUp", ctx.clientAddress);
    // Hashed either way, so both answers take the same time.
    const passwordHash = await hashPassword(input.password);
    const user = await insertAccount(ctx.db, { ...input, passwordHash });
    if (user) await sendVerification(ctx.db, ctx.mailer, user.id);
    else await sendSignUpAttempt(ctx.db, ctx.mailer, input.email);
    return { email: input.email };
  }),

  verifyEmail,
  resendVerification,

  changePassword: authedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await confirmPassword(ctx, input.currentPassword, {
      field: "currentPassword",
      message: "That is not your current password.",
    });
    // Bumps the session version: every session issued before this one ends.
    await replacePasswordHash(ctx.db, ctx.viewerId, await hashPassword(input.newPassword));
    return { changed: true as const };
  }),

  requestPasswordReset,
  resetPassword,

  /** Everything the viewer owns, as one JSON document (activities also as CSV: /api/export). */
  export: authedProcedure.query(({ ctx }) => exportAccountData(ctx.db, ctx.viewerId)),

  /**
   * Deletes the viewer's account after checking their password: their data goes, comments they
   * wrote on others' check-ins stay as "deleted user", groups they own pass on or close.
   */
  delete: authedProcedure.input(deleteAccountInput).mutation(async ({ ctx, input }) => {
    await confirmPassword(ctx, input.password, {
      field: "password",
      message: "That is not your password. Nothing was deleted.",
    });
    return deleteAccount(ctx.db, ctx.viewerId);
  }),

  /** The demo accounts that exist in this database, for the sign-in page; empty on real data. */
  demoAccounts: publicProcedure.query(async ({ ctx }) => {
    const present = new Set(
      await listExistingEmails(
        ctx.db,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    );
    const accounts = DEMO_ACCOUNTS.filter((account) => present.has(account.email));
    return { accounts, password: accounts.length > 0 ? DEMO_PASSWORD : null };
  }),
});
