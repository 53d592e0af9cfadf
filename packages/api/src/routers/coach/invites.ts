import {
  createCoachInvite,
  findCoachedAthlete,
  findCredentialsByEmail,
  listOpenCoachInvites,
  notify,
  revokeCoachInvite,
} from "@stride/db/queries";
import { emailInviteInput } from "@stride/domain/accounts";
import { coachInviteLinkInput } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { z } from "zod";
import { spendLimit } from "../../limits";
import { profileProcedure } from "../../procedures";
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
 * Invites someone who uses Stride by email: a personal link reaches them as a notification. The
 * answer is the same whether or not the email has an account.
 */
export const inviteByEmail = profileProcedure
  .input(emailInviteInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "invite", ctx.viewerId);
    const account = await findCredentialsByEmail(ctx.db, input.email);
    const already =
      account &&
      (account.id === ctx.viewerId ||
        (await findCoachedAthlete(ctx.db, { coachId: ctx.viewerId, athleteId: account.id })));
    if (account && !already) {
      const { token, tokenHash } = newToken();
      await createCoachInvite(ctx.db, {
        coachId: ctx.viewerId,
        tokenHash,
        inviteeId: account.id,
        expiresAt: new Date(Date.now() + 14 * DAY_MS),
      });
      await notify(ctx.db, [
        {
          userId: account.id,
          actorId: ctx.viewerId,
          kind: "coaching",
          link: `/coach/join/${token}`,
          text: `${ctx.profile.name} invited you to be coached by them`,
        },
      ]);
    }
    return {
      message:
        "If someone with that email uses Stride, they'll find the invitation in their notifications.",
    };
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
