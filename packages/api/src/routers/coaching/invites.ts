import type { Database } from "@stride/db/client";
import {
  answerCoachInvite,
  findCoachInviteByHash,
  findMailRecipient,
  listMyCoaches,
  notify,
  startCoaching,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { inviteTokenInput } from "@stride/domain/groups";
import { profileProcedure } from "../../procedures";
import { hashToken } from "../../services/tokens";

const NOT_FOUND = "That invitation was not found. Ask your coach for a new link.";
type Invite = NonNullable<Awaited<ReturnType<typeof findCoachInviteByHash>>>["invite"];

/**
 * Why a personal invitation is not the viewer's to answer, or null when it is (or is a link for
 * anyone). An invitation mailed to an address with no account is for the account that holds that
 * address when answering (the newcomer signs up with it); answering makes it theirs for good.
 */
async function notTheirs(ctx: { db: Database; viewerId: string }, invite: Invite) {
  if (invite.inviteeId === ctx.viewerId) return null;
  if (!invite.inviteeEmail) return invite.inviteeId ? NOT_FOUND : null;
  if (invite.response) return "This invitation was already used. Ask your coach for a new link.";
  const viewer = invite.inviteeId
    ? undefined
    : await findMailRecipient(ctx.db, { userId: ctx.viewerId });
  return viewer?.email === invite.inviteeEmail
    ? null
    : "This invitation was sent to another email address. Sign in with that address, or make an account with it, to answer it.";
}

/** A personal invitation (to an account, or mailed to an address) is answered once. */
const isPersonal = (invite: Invite) => invite.inviteeId !== null || invite.inviteeEmail !== null;

/** The invitation behind a token, checked for the viewer: who invites, and whether it still works. */
async function loadInvite(ctx: { db: Database; viewerId: string }, token: string) {
  const found = await findCoachInviteByHash(ctx.db, hashToken(token));
  if (!found) throw new DomainError("NOT_FOUND", NOT_FOUND);
  // A personal invitation is for its invitee only; to anyone else it does not exist.
  const refusal = await notTheirs(ctx, found.invite);
  if (refusal) throw new DomainError("NOT_FOUND", refusal);
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
        isPersonal(invite) &&
        !(await answerCoachInvite(tx, {
          inviteId: invite.id,
          inviteeId: ctx.viewerId,
          response: "accepted",
        }))
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
    if (isPersonal(invite)) {
      const answered = await answerCoachInvite(ctx.db, {
        inviteId: invite.id,
        inviteeId: ctx.viewerId,
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
