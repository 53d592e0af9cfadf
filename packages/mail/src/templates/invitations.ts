import type { MailMessage } from "../mailer";
import { formatInstant } from "../recipient";

/** What every invitation mail carries: the address, who invites, the link and until when. */
type Invitation = {
  email: string;
  inviterName: string;
  url: string;
  expiresAt: Date;
  /** The recipient's zone when they have an account, else the inviter's (and it says which). */
  timeZone: string;
};

/**
 * The one shape of an invitation mail: a personal, single-use link that lets a newcomer make an
 * account first. The names are what people typed: the mailer keeps them on one line in the
 * subject and escapes them in HTML.
 */
function invitationMessage(
  input: Invitation,
  what: { kind: string; subject: string; invitation: string; newcomer: string; action: string },
): MailMessage {
  return {
    kind: what.kind,
    to: { email: input.email, name: "" },
    subject: what.subject,
    body: {
      greeting: "Hi,",
      paragraphs: [what.invitation, what.newcomer],
      action: { label: what.action, url: input.url },
      after: [
        `The link works once, until ${formatInstant(input.expiresAt, input.timeZone)}.`,
        "If you don't know the person, ignore this message.",
      ],
      footer: [`You get this message because ${input.inviterName} entered your address on Stride.`],
    },
  };
}

/** An invitation to a group, mailed to an address (with or without an account). */
export function groupInvitationMessage(input: Invitation & { groupName: string }): MailMessage {
  return invitationMessage(input, {
    kind: "group-invitation",
    subject: `${input.inviterName} invited you to ${input.groupName} on Stride`,
    invitation: `${input.inviterName} invited you to join "${input.groupName}", an accountability group on Stride. Members share their weekly check-ins, cheer each other on and keep each other going.`,
    newcomer:
      "New to Stride? The link lets you make an account first, then takes you to the group.",
    action: `Join ${input.groupName}`,
  });
}

/** An invitation to be coached, mailed to an address (with or without an account). */
export function coachInvitationMessage(input: Invitation): MailMessage {
  return invitationMessage(input, {
    kind: "coach-invitation",
    subject: `${input.inviterName} invited you to be coached on Stride`,
    invitation: `${input.inviterName} would like to coach you on Stride. Your coach sees the goals and check-ins you share with them (never the private ones), comments and proposes changes that you accept or decline. You can end it at any time.`,
    newcomer:
      "New to Stride? Make your account with this address: the link lets you sign up first, then takes you to the invitation.",
    action: "See the invitation",
  });
}
