import type { Database } from "@stride/db/client";
import { hashPassword } from "@stride/db/passwords";
import {
  claimEmailToken,
  endEmailTokens,
  findEmailToken,
  findMailRecipient,
  insertEmailToken,
  replacePasswordHash,
} from "@stride/db/queries";
import { PASSWORD_RESET_MINUTES } from "@stride/domain/accounts";
import { DomainError } from "@stride/domain/errors";
import { appUrl, type Mailer, passwordResetMessage } from "@stride/mail";
import { sendInBackground } from "./mail";
import { hashToken, newToken } from "./tokens";

const PURPOSE = "password-reset";

export const RESET_LINK_MESSAGES = {
  unknown: "This reset link is not valid. Ask for a new one from the sign-in page.",
  used: "This reset link was already used. Ask for a new one if you need to.",
  expired: `This reset link has expired: links work for ${PASSWORD_RESET_MINUTES} minutes. Ask for a new one from the sign-in page.`,
} as const;

/**
 * Makes a one-hour reset link for `email` and mails it, when an account uses that address;
 * otherwise does nothing. The caller answers the same either way.
 */
export async function sendPasswordReset(
  db: Database,
  mailer: Mailer,
  email: string,
  now = new Date(),
) {
  const person = await findMailRecipient(db, { email });
  if (!person) return;
  const link = await makeResetLink(db, person.id, now);
  sendInBackground(mailer, passwordResetMessage({ to: person, ...link }));
}

/** A new reset link for the person: the token's hash is stored, the link itself only mailed. */
export async function makeResetLink(db: Database, userId: string, now = new Date()) {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000);
  await insertEmailToken(db, { userId, purpose: PURPOSE, tokenHash, expiresAt });
  return { url: appUrl(`/reset-password/${token}`), expiresAt };
}

/**
 * Sets a new password through a reset link: once, within the hour. The password's new session
 * version ends every session issued before, and the person's other reset links stop working.
 * Returns the account's email so the page can sign the person in.
 */
export async function resetPasswordWithToken(
  db: Database,
  input: { token: string; newPassword: string },
  now = new Date(),
) {
  const tokenHash = hashToken(input.token);
  const found = await findEmailToken(db, { tokenHash, purpose: PURPOSE });
  const refuse = (why: keyof typeof RESET_LINK_MESSAGES) =>
    new DomainError("INVALID", RESET_LINK_MESSAGES[why], { field: "token" });
  if (!found) throw refuse("unknown");
  if (found.usedAt) throw refuse("used");
  if (found.expiresAt <= now) throw refuse("expired");
  // Hashed before the transaction: argon2 takes a while and must not hold the row.
  const passwordHash = await hashPassword(input.newPassword);
  const userId = await db.transaction(async (tx) => {
    const claimed = await claimEmailToken(tx, { tokenHash, purpose: PURPOSE, now });
    if (!claimed) return undefined;
    await replacePasswordHash(tx, claimed, passwordHash);
    await endEmailTokens(tx, { userId: claimed, purpose: PURPOSE, now });
    return claimed;
  });
  // Another request used the link between the read and the claim.
  if (!userId) throw refuse("used");
  const person = await findMailRecipient(db, { userId });
  return { email: person?.email ?? "" };
}
