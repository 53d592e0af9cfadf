import type { Database } from "@stride/db/client";
import { hashPassword } from "@stride/db/passwords";
import { endEmailTokens, findMailRecipient, replacePasswordHash } from "@stride/db/queries";
import { PASSWORD_RESET_MINUTES } from "@stride/domain/accounts";
import { type Mailer, passwordResetMessage } from "@stride/mail";
import { checkEmailLink, type LinkMessages, makeEmailLink } from "./email-links";
import { sendInBackground } from "./mail";

const PURPOSE = "password-reset";

export const RESET_LINK_MESSAGES = {
  unknown: "This reset link is not valid. Ask for a new one from the sign-in page.",
  used: "This reset link was already used. Ask for a new one if you need to.",
  expired: `This reset link has expired: links work for ${PASSWORD_RESET_MINUTES} minutes. Ask for a new one from the sign-in page.`,
} as const satisfies LinkMessages;

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
export function makeResetLink(db: Database, userId: string, now = new Date()) {
  return makeEmailLink(db, {
    userId,
    purpose: PURPOSE,
    path: "reset-password",
    expiresAt: new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000),
  });
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
  const link = await checkEmailLink(db, {
    token: input.token,
    purpose: PURPOSE,
    messages: RESET_LINK_MESSAGES,
    now,
  });
  // Hashed before the transaction: argon2 takes a while and must not hold the row.
  const passwordHash = await hashPassword(input.newPassword);
  const userId = await link.claim(async (tx, claimed) => {
    await replacePasswordHash(tx, claimed, passwordHash);
    await endEmailTokens(tx, { userId: claimed, purpose: PURPOSE, now });
  });
  const person = await findMailRecipient(db, { userId });
  return { email: person?.email ?? "" };
}
