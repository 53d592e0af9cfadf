import type { Database } from "@stride/db/client";
import { findMailRecipient, markEmailVerified } from "@stride/db/queries";
import { VERIFY_EMAIL_DAYS } from "@stride/domain/accounts";
import { type Mailer, signUpAttemptMessage, verifyEmailMessage } from "@stride/mail";
import { withinLimit } from "../limits";
import { checkEmailLink, type LinkMessages, makeEmailLink } from "./email-links";
import { sendInBackground } from "./mail";
import { makeResetLink } from "./password-reset";

const PURPOSE = "verify-email";

export const VERIFY_LINK_MESSAGES = {
  unknown: "This confirmation link is not valid. Sign in and ask for a new one from Settings.",
  used: "This address is already confirmed. There is nothing more to do.",
  expired: `This confirmation link has expired: links work for ${VERIFY_EMAIL_DAYS} days. Sign in and ask for a new one from Settings.`,
} as const satisfies LinkMessages;

/** Mails the new account's owner a link that confirms their address. */
export async function sendVerification(
  db: Database,
  mailer: Mailer,
  userId: string,
  now = new Date(),
) {
  const person = await findMailRecipient(db, { userId });
  if (!person) return;
  const link = await makeEmailLink(db, {
    userId,
    purpose: PURPOSE,
    path: "verify-email",
    expiresAt: new Date(now.getTime() + VERIFY_EMAIL_DAYS * 24 * 60 * 60_000),
  });
  sendInBackground(mailer, verifyEmailMessage({ to: person, ...link }));
}

/**
 * Someone signed up with an address that has an account: its owner is told, with a reset link.
 * Limited like reset requests for that address, silently, so sign-ups cannot flood a mailbox
 * and the one who signed up is told nothing either way.
 */
export async function sendSignUpAttempt(db: Database, mailer: Mailer, email: string) {
  const person = await findMailRecipient(db, { email });
  if (!person || !(await withinLimit(db, "passwordResetEmail", email))) return;
  const link = await makeResetLink(db, person.id);
  sendInBackground(
    mailer,
    signUpAttemptMessage({ to: person, resetUrl: link.url, expiresAt: link.expiresAt }),
  );
}

/** Confirms the address the link was mailed to; the link works once, for a week. */
export async function verifyEmailWithToken(db: Database, token: string, now = new Date()) {
  const link = await checkEmailLink(db, {
    token,
    purpose: PURPOSE,
    messages: VERIFY_LINK_MESSAGES,
    now,
  });
  await link.claim((tx, userId) => markEmailVerified(tx, userId, now));
  return { verified: true as const };
}
