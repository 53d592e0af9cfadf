import type { Mailer, MailMessage } from "@stride/mail";
import { backgroundSettled, inBackground } from "./background";

/**
 * Sends without holding up the answer: a request that mails only when an account exists must
 * take as long as one that does not, and must answer the same when the mail server is down.
 * A failure is logged (kind only, no address) and never reaches the caller.
 */
export function sendInBackground(mailer: Mailer, message: MailMessage): void {
  inBackground(() => mailer.send(message), {
    message: "mail could not be sent",
    fields: { mail: { kind: message.kind } },
  });
}

/** Resolves when every message handed to sendInBackground so far has been sent or has failed. */
export const mailSettled: () => Promise<void> = backgroundSettled;
