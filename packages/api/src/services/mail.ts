import type { Mailer, MailMessage } from "@stride/mail";
import { logger } from "@stride/runtime/logger";

const pending = new Set<Promise<void>>();

/**
 * Sends without holding up the answer: a request that mails only when an account exists must
 * take as long as one that does not, and must answer the same when the mail server is down.
 * A failure is logged (kind only, no address) and never reaches the caller.
 */
export function sendInBackground(mailer: Mailer, message: MailMessage): void {
  const sending = mailer
    .send(message)
    .then(() => undefined)
    .catch((error: unknown) => {
      logger().error({ err: error, mail: { kind: message.kind } }, "mail could not be sent");
    })
    .finally(() => pending.delete(sending));
  pending.add(sending);
}

/** Resolves when every message handed to sendInBackground so far has been sent or has failed. */
export async function mailSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
