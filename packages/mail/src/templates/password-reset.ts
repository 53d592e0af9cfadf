import type { MailMessage } from "../mailer";
import { formatInstant, type Recipient } from "../recipient";
import { accountMessage } from "./accounts";

/** The link to set a new password; it works once, until `expiresAt`. */
export function passwordResetMessage(input: {
  to: Recipient;
  url: string;
  expiresAt: Date;
}): MailMessage {
  return accountMessage(input.to, {
    kind: "password-reset",
    subject: "Reset your Stride password",
    body: {
      paragraphs: [
        `Someone asked to reset the password of the Stride account for ${input.to.email}. If it was you, choose a new password with the link below.`,
      ],
      action: { label: "Choose a new password", url: input.url },
      after: [
        `The link works once, until ${formatInstant(input.expiresAt, input.to.timeZone)}. Setting a new password signs you out everywhere else.`,
        "If you did not ask for this, ignore this message: your password stays as it is.",
      ],
      footer: ["You get this message because someone asked to reset your password on Stride."],
    },
  });
}
