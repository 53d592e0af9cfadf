import type { MailMessage } from "../mailer";
import { formatInstant, type Recipient } from "../recipient";
import { optionalMessage, type Unsubscribe } from "./unsubscribe";

/** What one batched email is about: the coach's comments and proposals, or @mentions. */
export type BatchedMailKind = "coach_activity" | "mention";

const WORDING: Record<BatchedMailKind, { one: string; many: (n: string) => string; why: string }> =
  {
    coach_activity: {
      one: "Your coach commented or proposed something",
      many: (n) => `Your coach: ${n} new comments and proposals`,
      why: "You get this because emails about your coach's comments and proposals are on in your Stride settings.",
    },
    mention: {
      one: "You were mentioned in a comment",
      many: (n) => `You were mentioned in ${n} comments`,
      why: "You get this because emails about mentions are on in your Stride settings.",
    },
  };

/**
 * One email for what happened in a batch window: each item with its time (in the recipient's
 * zone) and a link to it. `more`: items left out to keep the email short (the app has them).
 */
export function mailBatchMessage(input: {
  to: Recipient;
  kind: BatchedMailKind;
  items: Array<{ text: string; at: Date; url: string }>;
  more: boolean;
  url: string;
  unsubscribe: Unsubscribe;
}): MailMessage {
  const wording = WORDING[input.kind];
  const count = input.items.length;
  return optionalMessage(input, {
    kind: input.kind,
    subject:
      count === 1 && !input.more ? wording.one : wording.many(`${count}${input.more ? "+" : ""}`),
    body: {
      paragraphs: ["Since you last looked:"],
      items: input.items.map((item) => ({
        text: `${item.text}, ${formatInstant(item.at, input.to.timeZone)}`,
        url: item.url,
      })),
      ...(input.more ? { after: ["There is more waiting for you in Stride."] } : {}),
      action: { label: "Open Stride", url: input.url },
      footer: [wording.why],
    },
  });
}
