import {
  createCoachInvite,
  findCoachedAthlete,
  findMailRecipient,
  listOpenCoachInvites,
  notify,
  revokeCoachInvite,
} from "@stride/db/queries";
import { EMAIL_INVITE_DAYS, emailInviteInput, INVITED_BY_EMAIL } from "@stride/domain/accounts";
import { coachInviteLinkInput } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { appUrl, coachInvitationMessage } from "@stride/mail";
import { z } from "zod";
import { spendLimit } from "../../limits";
import { profileProcedure } from "../../procedures";
import { sendInBackground } from "../../services/mail";
import { newToken } from "../../services/tokens";

const DAY_MS = 86_400_000;

/** A link any athlete can open to ask to be coached; it works until it expires or is withdrawn. */
export const inviteLink = profileProcedure
  .input(coachInviteLinkInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "invite", ctx.viewerId);
    const { token, tokenHash } = newToken();
    const invite = await createCoachInvite(ctx.db, {
      coachId: ctx.viewerId,
      tokenHash,
      inviteeId: null,
      expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
    });
    // The token is shown once; only its hash is stored.
    return { id: invite.id, path: `/coach/join/${token}`, expiresAt: invite.expiresAt };
  });

/**
 * Invites someone by email: a personal, single-use link is mailed to the address, and reaches an
 * account that uses it as a notification too. Someone without an account signs up with that
 * address from the link and lands on the invitation. The answer is the same whether or not the
 * email has an account, so the form cannot be used to find out who uses Stride.
 */
export const inviteByEmail = profileProcedure
  .input(emailInviteInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "invite", ctx.viewerId);
    const account = await findMailRecipient(ctx.db, { email: input.email });
    const already =
      account &&
      (account.id === ctx.viewerId ||
        (await findCoachedAthlete(ctx.db, { coachId: ctx.viewerId, athleteId: account.id })));
    if (already) return { message: INVITED_BY_EMAIL };
    const { token, tokenHash } = newToken();
    const invite = await createCoachInvite(ctx.db, {
      coachId: ctx.viewerId,
      tokenHash,
      inviteeId: account?.id ?? null,
      inviteeEmail: input.email,
      expiresAt: new Date(Date.now() + EMAIL_INVITE_DAYS * DAY_MS),
    });
    const path = `/coach/join/${token}`;
    if (account) {
      await notify(ctx.db, [
        {
          userId: account.id,
          actorId: ctx.viewerId,
          kind: "coaching",
          link: path,
          text: `${ctx.profile.name} invited you to be coached by them`,
        },
      ]);
    }
    // As for groups: an account whose address is unconfirmed gets the notification only
    // (ARCHITECTURE.md, "Sessions and accounts"); an address with no account gets the mail.
    if (!account || account.emailVerified) {
      sendInBackground(
        ctx.mailer,
        coachInvitationMessage({
          email: input.email,
          inviterName: ctx.profile.name,
          url: appUrl(path),
          expiresAt: invite.expiresAt,
          timeZone: account?.timeZone ?? ctx.profile.timeZone,
        }),
      );
    }
    return { message: INVITED_BY_EMAIL };
  });

export const invites = profileProcedure.query(({ ctx }) =>
  listOpenCoachInvites(ctx.db, ctx.viewerId),
);

export const withdrawInvite = profileProcedure
  .input(z.object({ inviteId: z.uuid("That invitation id is not valid") }))
  .mutation(async ({ ctx, input }) => {
    const done = await revokeCoachInvite(ctx.db, {
      coachId: ctx.viewerId,
      inviteId: input.inviteId,
    });
    if (!done) throw new DomainError("NOT_FOUND", "That invitation was not found.");
    return { id: input.inviteId };
  });
