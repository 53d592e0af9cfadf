import type { Database } from "@stride/db/client";
import {
  answerCoachInvite,
  findCoachInviteByHash,
  listMyCoaches,
  notify,
  startCoaching,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { inviteTokenInput } from "@stride/domain/groups";
import { profileProcedure } from "../../procedures";
import { hashToken } from "../../services/tokens";

/** The invitation behind a token, checked for the viewer: who invites, and whether it still works. */
async function loadInvite(ctx: { db: Database; viewerId: string }, token: string) {
  const found = await findCoachInviteByHash(ctx.db, hashToken(token));
  // A personal invitation is for its invitee only; to anyone else it does not exist.
  if (!found || (found.invite.inviteeId && found.invite.inviteeId !== ctx.viewerId))
    throw new DomainError(
      "NOT_FOUND",
      "That invitation was not found. Ask your coach for a new link.",
    );
  const { invite } = found;
  const problem = invite.revokedAt
    ? "This invitation was withdrawn. Ask your coach for a new link."
    : invite.response
      ? `You already ${invite.response} this invitation.`
      : invite.expiresAt <= new Date()
        ? "This invitation has expired. Ask your coach for a new link."
        : invite.coachId === ctx.viewerId
          ? "This is your own invitation: send the link to the athlete you want to coach."
          : null;
  return { invite, coachName: found.coachName, problem };
}

export const previewInvite = profileProcedure
  .input(inviteTokenInput)
  .query(async ({ ctx, input }) => {
    const { invite, coachName, problem } = await loadInvite(ctx, input.token);
    const coaches = await listMyCoaches(ctx.db, ctx.viewerId);
    return {
      coachName,
      problem,
      alreadyCoached: coaches.some((coach) => coach.coachId === invite.coachId),
    };
  });

export const acceptInvite = profileProcedure
  .input(inviteTokenInput)
  .mutation(async ({ ctx, input }) => {
    const { invite, coachName, problem } = await loadInvite(ctx, input.token);
    if (problem) throw new DomainError("INVALID", problem);
    const started = await ctx.db.transaction(async (tx) => {
      // A personal invitation is answered once, however many times the button is pressed.
      if (
        invite.inviteeId &&
        !(await answerCoachInvite(tx, { inviteId: invite.id, response: "accepted" }))
      )
        return false;
      return startCoaching(tx, { coachId: invite.coachId, athleteId: ctx.viewerId });
    });
    if (started) {
      await notify(ctx.db, [
        {
          userId: invite.coachId,
          actorId: ctx.viewerId,
          kind: "coaching",
          link: `/coach/athletes/${ctx.viewerId}`,
          text: `${ctx.profile.name} accepted your invitation: you now coach them`,
        },
      ]);
    }
    return { coachName, started };
  });

export const declineInvite = profileProcedure
  .input(inviteTokenInput)
  .mutation(async ({ ctx, input }) => {
    const { invite, problem } = await loadInvite(ctx, input.token);
    if (problem) throw new DomainError("INVALID", problem);
    if (invite.inviteeId) {
      const answered = await answerCoachInvite(ctx.db, {
        inviteId: invite.id,
        response: "declined",
      });
      if (answered) {
        await notify(ctx.db, [
          {
            userId: invite.coachId,
            actorId: ctx.viewerId,
            kind: "coaching",
            text: `${ctx.profile.name} declined your coaching invitation`,
          },
        ]);
      }
    }
    return { declined: true };
  });
