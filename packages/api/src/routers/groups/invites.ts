import {
  addGroupMember,
  createGroupInvite,
  findCredentialsByEmail,
  findGroupForMember,
  findInviteByHash,
  getProfile,
  listLiveInvites,
  notify,
  revokeGroupInvite,
  useInvite,
} from "@stride/db/queries";
import { emailInviteInput } from "@stride/domain/accounts";
import { DomainError } from "@stride/domain/errors";
import { createInviteInput, inviteProblem, inviteTokenInput } from "@stride/domain/groups";
import { z } from "zod";
import { spendLimit } from "../../limits";
import { afterJoin } from "../../notify/social";
import { ownerProcedure } from "../../procedures/groups";
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
 * Invites someone who already uses Stride by email: a personal, single-use link reaches them as a
 * notification. The answer is the same whether or not the email has an account, so the form
 * cannot be used to find out who uses Stride.
 */
export const inviteByEmail = ownerProcedure
  .input(emailInviteInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "invite", ctx.viewerId);
    const account = await findCredentialsByEmail(ctx.db, input.email);
    const member = account
      ? await findGroupForMember(ctx.db, { viewerId: account.id, groupId: ctx.group.id })
      : undefined;
    if (account && !member) {
      const { token, tokenHash } = newToken();
      await createGroupInvite(ctx.db, {
        groupId: ctx.group.id,
        tokenHash,
        createdBy: ctx.viewerId,
        expiresAt: new Date(Date.now() + 14 * 86_400_000),
        maxUses: 1,
      });
      const inviter = (await getProfile(ctx.db, ctx.viewerId))?.name ?? "A member";
      await notify(ctx.db, [
        {
          userId: account.id,
          actorId: ctx.viewerId,
          kind: "invitation",
          groupId: ctx.group.id,
          link: `/join/${token}`,
          text: `${inviter} invited you to ${ctx.group.name}`,
        },
      ]);
    }
    return {
      message:
        "If someone with that email uses Stride, they'll find the invitation in their notifications.",
    };
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
