import { hashPassword, verifyPassword } from "@stride/db/passwords";
import {
  findCredentialsById,
  insertAccount,
  listExistingEmails,
  replacePasswordHash,
} from "@stride/db/queries";
import {
  changePasswordInput,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  signUpInput,
} from "@stride/domain/accounts";
import { DomainError } from "@stride/domain/errors";
import { authedProcedure, publicProcedure, router } from "../trpc";
import { spendLimit } from "../limits";

export const accountRouter = router({
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "signUp", ctx.clientAddress);
    const passwordHash = await hashPassword(input.password);
    const user = await insertAccount(ctx.db, { ...input, passwordHash });
    if (!user) {
      throw new DomainError(
        "CONFLICT",
        "An account with this email already exists. Sign in instead.",
        {
          field: "email",
        },
      );
    }
    return { id: user.id, email: input.email };
  }),

  changePassword: authedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    const account = await findCredentialsById(ctx.db, ctx.viewerId);
    if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      throw new DomainError("INVALID", "That is not your current password.", {
        field: "currentPassword",
      });
    }
    // Bumps the session version: every session issued before this one ends.
    await replacePasswordHash(ctx.db, ctx.viewerId, await hashPassword(input.newPassword));
    return { changed: true as const };
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
