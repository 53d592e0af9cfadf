import type { MailMessage } from "../mailer";
import type { Recipient } from "../recipient";
import { optionalMessage, type Unsubscribe } from "./unsubscribe";

/** "You have not checked in yet this week", before the athlete's week ends. */
export function checkinReminderMessage(input: {
  to: Recipient;
  /** The first day of the week, e.g. "Mon 1 Dec". */
  weekLabel: string;
  /** The week's last day, e.g. "Sunday 7 December" (the week ends at its midnight). */
  lastDayLabel: string;
  url: string;
  unsubscribe: Unsubscribe;
}): MailMessage {
  return optionalMessage(input, {
    kind: "checkin_reminder",
    subject: "Your weekly check-in is due",
    body: {
      paragraphs: [
        `You have not checked in yet for the week of ${input.weekLabel}. Your week ends at midnight at the end of ${input.lastDayLabel} (${input.to.timeZone}).`,
        "A check-in takes a minute: how the week went, and what comes next.",
      ],
      action: { label: "Check in now", url: input.url },
      footer: ["You get this because check-in reminders are on in your Stride settings."],
    },
  });
}
