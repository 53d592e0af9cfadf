import type { MessageBody } from "../layout";
import type { MailMessage } from "../mailer";
import type { Recipient } from "../recipient";

/** The one-click unsubscribe link of a message that is not transactional, and what it stops. */
export type Unsubscribe = { url: string; what: string };

/**
 * Adds RFC 8058 one-click unsubscribe: `List-Unsubscribe` with the https link (a POST to it turns
 * the kind off, no sign-in) and `List-Unsubscribe-Post`, plus the same link in the footer.
 * Account mail (password reset, address confirmation, invitations) never carries one.
 */
export function unsubscribable(message: MailMessage, unsubscribe: Unsubscribe): MailMessage {
  return {
    ...message,
    headers: {
      ...message.headers,
      "List-Unsubscribe": `<${unsubscribe.url}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    body: {
      ...message.body,
      footer: [
        ...(message.body.footer ?? []),
        `Stop ${unsubscribe.what}: ${unsubscribe.url}`,
        "Choose which emails you get in Settings.",
      ],
    },
  };
}

/**
 * A message the person chose to get (a reminder, a digest): greeted by name (when they gave one)
 * and `unsubscribable`.
 */
export function optionalMessage(
  input: { to: Recipient; unsubscribe: Unsubscribe },
  message: { kind: string; subject: string; body: Omit<MessageBody, "greeting"> },
): MailMessage {
  const { to } = input;
  return unsubscribable(
    {
      kind: message.kind,
      to,
      subject: message.subject,
      body: { greeting: to.name ? `Hi ${to.name},` : "Hi,", ...message.body },
    },
    input.unsubscribe,
  );
}
