import { createHash, randomBytes } from "node:crypto";
import {
  answerCoachInvite,
  createCoachInvite,
  endCoaching,
  findCoachedAthlete,
  findCoachInviteByHash,
  findCredentialsByEmail,
  getProfile,
  listCoachRoster,
  listMyCoaches,
  listOpenCoachInvites,
  notify,
  revokeCoachInvite,
  setAthleteTags,
  startCoaching,
} from "@stride/db/queries";
import { emailSchema } from "@stride/domain/accounts";
import { coachInviteLinkInput, linkIdSchema, setTagsInput } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { inviteTokenInput } from "@stride/domain/groups";
import { z } from "zod";
import { spendLimit } from "../../limits";
import { profileProcedure } from "../../procedures";
import { ATHLETE_NOT_FOUND } from "../../procedures/coaching";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const DAY_MS = 86_400_000;

async function nameOf(db: Parameters<typeof getProfile>[0], userId: string) {
  return (await getProfile(db, userId))?.name ?? "Someone";
}

/** A link any athlete can open to ask to be coached; it works until it expires or is withdrawn. */
export const createCoachInviteLink = profileProcedure
  .input(coachInviteLinkInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "invite", ctx.viewerId);
    const token = randomBytes(24).toString("base64url");
    const invite = await createCoachInvite(ctx.db, {
      coachId: ctx.viewerId,
      tokenHash: hash(token),
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
export const inviteAthleteByEmail = profileProcedure
  .input(z.object({ email: emailSchema }))
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "invite", ctx.viewerId);
    const account = await findCredentialsByEmail(ctx.db, input.email);
    const already =
      account &&
      (account.id === ctx.viewerId ||
        (await findCoachedAthlete(ctx.db, { coachId: ctx.viewerId, athleteId: account.id })));
    if (account && !already) {
      const token = randomBytes(24).toString("base64url");
      await createCoachInvite(ctx.db, {
        coachId: ctx.viewerId,
        tokenHash: hash(token),
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

export const openCoachInvites = profileProcedure.query(({ ctx }) =>
  listOpenCoachInvites(ctx.db, ctx.viewerId),
);

export const withdrawCoachInvite = profileProcedure
  .input(z.object({ inviteId: z.uuid("That invitation id is not valid") }))
  .mutation(async ({ ctx, input }) => {
    const done = await revokeCoachInvite(ctx.db, {
      coachId: ctx.viewerId,
      inviteId: input.inviteId,
    });
    if (!done) throw new DomainError("NOT_FOUND", "That invitation was not found.");
    return { id: input.inviteId };
  });

/** The invitation behind a token, checked for the viewer: who invites, and whether it still works. */
async function loadInvite(
  ctx: { db: Parameters<typeof getProfile>[0]; viewerId: string },
  token: string,
) {
  const found = await findCoachInviteByHash(ctx.db, hash(token));
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

export const previewCoachInvite = profileProcedure
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

export const acceptCoachInvite = profileProcedure
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

export const declineCoachInvite = profileProcedure
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

export const myCoaches = profileProcedure.query(({ ctx }) => listMyCoaches(ctx.db, ctx.viewerId));

/** Either side ends the link; the coach's access ends with it, at once. */
export const endCoachingLink = profileProcedure
  .input(z.object({ linkId: linkIdSchema }))
  .mutation(async ({ ctx, input }) => {
    const ended = await endCoaching(ctx.db, { viewerId: ctx.viewerId, linkId: input.linkId });
    if (!ended) throw new DomainError("NOT_FOUND", "That coaching link was not found.");
    const other = ended.coachId === ctx.viewerId ? ended.athleteId : ended.coachId;
    const who = await nameOf(ctx.db, ctx.viewerId);
    await notify(ctx.db, [
      {
        userId: other,
        actorId: ctx.viewerId,
        kind: "coaching",
        text:
          other === ended.athleteId
            ? `${who} is no longer your coach`
            : `${who} ended coaching with you`,
      },
    ]);
    return { linkId: input.linkId };
  });

/** The coach's athletes by name, with their tags (for pickers). */
export const roster = profileProcedure.query(async ({ ctx }) => {
  const rows = await listCoachRoster(ctx.db, ctx.viewerId);
  return rows.map((row) => ({ athleteId: row.athleteId, name: row.name, tags: row.tags }));
});

export const setTags = profileProcedure.input(setTagsInput).mutation(async ({ ctx, input }) => {
  // Tags are kept in the order given, without repeats (case-insensitively).
  const seen = new Set<string>();
  const tags = input.tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const done = await setAthleteTags(ctx.db, {
    coachId: ctx.viewerId,
    athleteId: input.athleteId,
    tags,
  });
  if (!done) throw new DomainError("NOT_FOUND", ATHLETE_NOT_FOUND);
  return { tags };
});
