import type { MailMessage } from "../mailer";
import type { Recipient } from "../recipient";
import { optionalMessage, type Unsubscribe } from "./unsubscribe";

/** The coach's weekly digest: who needs attention and why, in the triage's own words. */
export function coachDigestMessage(input: {
  to: Recipient;
  weekLabel: string;
  athletes: Array<{ name: string; reasons: string[] }>;
  url: string;
  unsubscribe: Unsubscribe;
}): MailMessage {
  const needing = input.athletes.filter((a) => a.reasons.length > 0);
  const lines = needing.map((a) => `${a.name}: ${a.reasons.join("; ")}.`);
  return optionalMessage(input, {
    kind: "coach_digest",
    subject:
      needing.length === 0
        ? `Your week of ${input.weekLabel}: every athlete is on track`
        : `Your week of ${input.weekLabel}: ${needing.length} ${needing.length === 1 ? "athlete needs" : "athletes need"} attention`,
    body: {
      paragraphs:
        needing.length === 0
          ? [`None of your ${input.athletes.length} athletes needs attention right now.`]
          : ["These athletes need attention, for these reasons:", ...lines],
      action: { label: "Open your dashboard", url: input.url },
      footer: ["You get this because the weekly coaching digest is on in your Stride settings."],
    },
  });
}

/** The weekly group digest: in each of the person's groups, who checked in and who has not. */
export function groupDigestMessage(input: {
  to: Recipient;
  groups: Array<{ name: string; checkedIn: string[]; notYet: string[] }>;
  url: string;
  unsubscribe: Unsubscribe;
}): MailMessage {
  const list = (names: string[]) => (names.length ? names.join(", ") : "no one");
  return optionalMessage(input, {
    kind: "group_digest",
    subject: "Your groups' week: who checked in",
    body: {
      paragraphs: input.groups.flatMap((group) => [
        `${group.name}. Checked in: ${list(group.checkedIn)}. Not yet: ${list(group.notYet)}.`,
      ]),
      action: { label: "Open your groups", url: input.url },
      footer: ["You get this because you turned on the weekly group digest in Stride."],
    },
  });
}
