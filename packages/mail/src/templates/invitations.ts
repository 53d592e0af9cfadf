import type { MailMessage } from "../mailer";
import { formatInstant } from "../recipient";

/**
 * An invitation to a group, mailed to an address (with or without an account). The names are
 * what people typed: the mailer keeps them on one line in the subject and escapes them in HTML.
 */
export function groupInvitationMessage(input: {
  email: string;
  inviterName: string;
  groupName: string;
  url: string;
  expiresAt: Date;
  /** The recipient's zone when they have an account, else the inviter's (and it says which). */
  timeZone: string;
}): MailMessage {
  return {
    kind: "group-invitation",
    to: { email: input.email, name: "" },
    subject: `${input.inviterName} invited you to ${input.groupName} on Stride`,
    body: {
      greeting: "Hi,",
      paragraphs: [
        `${input.inviterName} invited you to join "${input.groupName}", an accountability group on Stride. Members share their weekly check-ins, cheer each other on and keep each other going.`,
        "New to Stride? The link lets you make an account first, then takes you to the group.",
      ],
      action: { label: `Join ${input.groupName}`, url: input.url },
      after: [
        `The link works once, until ${formatInstant(input.expiresAt, input.timeZone)}.`,
        "If you don't know the person, ignore this message.",
      ],
      footer: [`You get this message because ${input.inviterName} entered your address on Stride.`],
    },
  };
}
