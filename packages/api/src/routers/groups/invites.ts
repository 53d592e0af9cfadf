import {
  addGroupMember,
  createGroupInvite,
  findGroupForMember,
  findInviteByHash,
  findMailRecipient,
  getProfile,
  listLiveInvites,
  notify,
  revokeGroupInvite,
  useInvite,
} from "@stride/db/queries";
import { EMAIL_INVITE_DAYS, emailInviteInput, INVITED_BY_EMAIL } from "@stride/domain/accounts";
import { DomainError } from "@stride/domain/errors";
import { createInviteInput, inviteProblem, inviteTokenInput } from "@stride/domain/groups";
import { appUrl, groupInvitationMessage } from "@stride/mail";
import { z } from "zod";
import { spendLimit } from "../../limits";
import { afterJoin } from "../../notify/social";
import { ownerProcedure } from "../../procedures/groups";
import { sendInBackground } from "../../services/mail";
import { hashToken, newToken } from "../../services/tokens";
import { authedProcedure } from "../../trpc";

export const createInvite = ownerProcedure
  .input(createInviteInput.omit({ groupId: true }))
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "invite", ctx.viewerId);
    const { token, tokenHash } = newToken();
    const invite = await createGroupInvite(ctx.db, {
      groupId: ctx.group.id,
      tokenHash,
      createdBy: ctx.viewerId,
      expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
      maxUses: input.maxUses,
    });
    // The token is shown once; only its hash is stored.
    return {
      id: invite.id,
      path: `/join/${token}`,
      expiresAt: invite.expiresAt,
      maxUses: invite.maxUses,
    };
  });

/**
 * Invites someone by email: a personal, single-use link is mailed to the address, and reaches an
 * account that uses it as a notification too. Someone without an account signs up from the link
 * and lands in the group. The answer is the same whether or not the email has an account, so the
 * form cannot be used to find out who uses Stride.
 */
export const inviteByEmail = ownerProcedure
  .input(emailInviteInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "invite", ctx.viewerId);
    const account = await findMailRecipient(ctx.db, { email: input.email });
    const member = account
      ? await findGroupForMember(ctx.db, { viewerId: account.id, groupId: ctx.group.id })
      : undefined;
    if (!member) {
      const { token, tokenHash } = newToken();
      const invite = await createGroupInvite(ctx.db, {
        groupId: ctx.group.id,
        tokenHash,
        createdBy: ctx.viewerId,
        expiresAt: new Date(Date.now() + EMAIL_INVITE_DAYS * 86_400_000),
        maxUses: 1,
      });
      const inviter = await getProfile(ctx.db, ctx.viewerId);
      const inviterName = inviter?.name ?? "A member";
      if (account) {
        await notify(ctx.db, [
          {
            userId: account.id,
            actorId: ctx.viewerId,
            kind: "invitation",
            groupId: ctx.group.id,
            link: `/join/${token}`,
            text: `${inviterName} invited you to ${ctx.group.name}`,
          },
        ]);
      }
      // An account whose address is unconfirmed gets the notification only (ARCHITECTURE.md,
      // "Sessions and accounts"); an address with no account gets the mail.
      if (!account || account.emailVerified) {
        sendInBackground(
          ctx.mailer,
          groupInvitationMessage({
            email: input.email,
            inviterName,
            groupName: ctx.group.name,
            url: appUrl(`/join/${token}`),
            expiresAt: invite.expiresAt,
            timeZone: account?.timeZone ?? inviter?.timeZone ?? "UTC",
          }),
        );
      }
    }
    return { message: INVITED_BY_EMAIL };
  });

export const invites = ownerProcedure.query(({ ctx }) => listLiveInvites(ctx.db, ctx.group.id));

export const revokeInvite = ownerProcedure
  .input(z.object({ inviteId: z.uuid("That invitation id is not valid") }))
  .mutation(async ({ ctx, input }) => {
    const revoked = await revokeGroupInvite(ctx.db, {
      groupId: ctx.group.id,
      inviteId: input.inviteId,
    });
    if (!revoked) throw new DomainError("NOT_FOUND", "That invitation was not found.");
    return { revoked: true };
  });

async function loadInvite(db: Parameters<typeof findInviteByHash>[0], token: string) {
  const found = await findInviteByHash(db, hashToken(token));
  if (!found)
    throw new DomainError(
      "NOT_FOUND",
      "This invitation link is not valid. Check that you copied all of it.",
    );
  return found;
}

/** What the join page shows before joining: the group's name, or why the link no longer works. */
export const previewInvite = authedProcedure
  .input(inviteTokenInput)
  .query(async ({ ctx, input }) => {
    const { invite, groupName } = await loadInvite(ctx.db, input.token);
    const member = await findGroupForMember(ctx.db, {
      viewerId: ctx.viewerId,
      groupId: invite.groupId,
    });
    return {
      groupId: invite.groupId,
      groupName,
      problem: inviteProblem(invite, new Date()),
      alreadyMember: member !== undefined,
    };
  });

export const join = authedProcedure.input(inviteTokenInput).mutation(async ({ ctx, input }) => {
  const { invite, groupName } = await loadInvite(ctx.db, input.token);
  if (await findGroupForMember(ctx.db, { viewerId: ctx.viewerId, groupId: invite.groupId })) {
    return { groupId: invite.groupId, joined: false };
  }
  return ctx.db.transaction(async (tx) => {
    // Membership first: a second click by the same person adds nothing and uses nothing.
    if (!(await addGroupMember(tx, { groupId: invite.groupId, userId: ctx.viewerId }))) {
      return { groupId: invite.groupId, joined: false };
    }
    // Counting the use is atomic, so a link for 3 people lets in exactly 3 however fast they
    // click; when it is spent, throwing rolls the membership back.
    if (!(await useInvite(tx, invite.id))) {
      const now = await findInviteByHash(tx, hashToken(input.token));
      const problem = now ? inviteProblem(now.invite, new Date()) : null;
      throw new DomainError("INVALID", problem ?? "This invitation no longer works.", {
        field: "token",
      });
    }
    // The members already there hear about the newcomer (notify leaves out the newcomer).
    await afterJoin(tx, { groupId: invite.groupId, groupName, userId: ctx.viewerId });
    return { groupId: invite.groupId, joined: true };
  });
});
