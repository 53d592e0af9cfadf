import type { MessageBody } from "../layout";
import type { MailMessage } from "../mailer";
import { formatInstant, type Recipient } from "../recipient";

/** Account mail (always sent, never unsubscribable), greeting the person by name. */
export function accountMessage(
  to: Recipient,
  message: { kind: string; subject: string; body: Omit<MessageBody, "greeting"> },
): MailMessage {
  return {
    kind: message.kind,
    to,
    subject: message.subject,
    body: { greeting: `Hi ${to.name},`, ...message.body },
  };
}

/** Sent at sign-up: the link that confirms the address belongs to the person who signed up. */
export function verifyEmailMessage(input: {
  to: Recipient;
  url: string;
  expiresAt: Date;
}): MailMessage {
  return accountMessage(input.to, {
    kind: "verify-email",
    subject: "Confirm your email for Stride",
    body: {
      paragraphs: [
        `Welcome to Stride. Confirm that ${input.to.email} is your address, so reminders and messages from your coach and groups can reach you.`,
      ],
      action: { label: "Confirm my email", url: input.url },
      after: [
        `The link works until ${formatInstant(input.expiresAt, input.to.timeZone)}.`,
        "If you did not sign up for Stride, ignore this message and the account stays unconfirmed.",
      ],
      footer: ["You get this message because this address was used to sign up for Stride."],
    },
  });
}

/**
 * Sent instead of a second account: someone signed up with an address that already has one. It
 * tells the owner, and gives them a way back in if it was them and they forgot their password.
 */
export function signUpAttemptMessage(input: {
  to: Recipient;
  resetUrl: string;
  expiresAt: Date;
}): MailMessage {
  return accountMessage(input.to, {
    kind: "sign-up-attempt",
    subject: "Someone tried to sign up to Stride with your email",
    body: {
      paragraphs: [
        `Someone tried to make a new Stride account with ${input.to.email}, which already has one: yours. No new account was made and nothing about yours changed.`,
        "If it was you and you have forgotten your password, choose a new one with the link below.",
      ],
      action: { label: "Choose a new password", url: input.resetUrl },
      after: [
        `The link works once, until ${formatInstant(input.expiresAt, input.to.timeZone)}.`,
        "If it was not you, ignore this message: your password stays as it is.",
      ],
      footer: ["You get this message because someone used your address to sign up on Stride."],
    },
  });
}
