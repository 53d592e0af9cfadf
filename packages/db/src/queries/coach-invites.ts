import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { coachInvites, profiles } from "../schema";
import { ownRows } from "./policy";

// Coaching invitations: a coach's own links and personal invitations. An invitation is found by
// the hash of its token (the token is the capability); everything else is the coach's own.

export async function createCoachInvite(
  db: Database,
  input: {
    coachId: string;
    tokenHash: string;
    inviteeId: string | null;
    /** The address a personal invitation was mailed to, lower-cased. */
    inviteeEmail?: string;
    expiresAt: Date;
  },
) {
  const [row] = await db.insert(coachInvites).values(input).returning();
  if (!row) throw new Error("createCoachInvite returned no row");
  return row;
}

export async function findCoachInviteByHash(db: Database, tokenHash: string) {
  const [row] = await db
    .select({ invite: coachInvites, coachName: profiles.name })
    .from(coachInvites)
    .innerJoin(profiles, eq(profiles.userId, coachInvites.coachId))
    .where(eq(coachInvites.tokenHash, tokenHash));
  return row;
}

/**
 * Records the answer to a personal invitation, once, and who gave it (an invitation mailed to an
 * address with no account becomes the answerer's); false if it was already answered.
 */
export async function answerCoachInvite(
  db: Database,
  input: { inviteId: string; inviteeId: string; response: "accepted" | "declined" },
) {
  const rows = await db
    .update(coachInvites)
    .set({ response: input.response, respondedAt: new Date(), inviteeId: input.inviteeId })
    .where(and(eq(coachInvites.id, input.inviteId), isNull(coachInvites.response)))
    .returning({ id: coachInvites.id });
  return rows.length > 0;
}

/**
 * The coach's invitations still open: links not expired or withdrawn, personal ones unanswered.
 * One sent by email is marked so, never named: by the account behind it (which would tell the
 * coach whether the address uses Stride) nor by the address (the list gives no address back).
 */
export async function listOpenCoachInvites(db: Database, coachId: string) {
  return (
    db
      .select({
        id: coachInvites.id,
        byEmail: sql<boolean>`${coachInvites.inviteeEmail} is not null`,
        inviteeName: profiles.name,
        expiresAt: coachInvites.expiresAt,
        createdAt: coachInvites.createdAt,
      })
      .from(coachInvites)
      // Only an older personal invitation (made before they were mailed) is named, by its account.
      .leftJoin(
        profiles,
        and(eq(profiles.userId, coachInvites.inviteeId), isNull(coachInvites.inviteeEmail)),
      )
      .where(
        and(
          ownRows(coachInvites.coachId, coachId),
          isNull(coachInvites.revokedAt),
          isNull(coachInvites.response),
          gt(coachInvites.expiresAt, new Date()),
        ),
      )
      .orderBy(asc(coachInvites.createdAt))
  );
}

export async function revokeCoachInvite(
  db: Database,
  input: { coachId: string; inviteId: string },
) {
  const rows = await db
    .update(coachInvites)
    .set({ revokedAt: new Date() })
    .where(and(eq(coachInvites.id, input.inviteId), ownRows(coachInvites.coachId, input.coachId)))
    .returning({ id: coachInvites.id });
  return rows.length > 0;
}
