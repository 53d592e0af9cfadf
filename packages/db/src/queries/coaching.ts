import { and, asc, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  checkinGoals,
  checkins,
  coachInvites,
  coachingLinks,
  coachSettings,
  goalProposals,
  goals,
  planTemplates,
  profiles,
} from "../schema";
import { coachedBy, goalVisibleToCoach } from "./coaching-policy";
import { isAnyOf } from "./id-list";

export type CoachingLinkRow = typeof coachingLinks.$inferSelect;
export type ProposalRow = typeof goalProposals.$inferSelect;

/** The live (not ended) link between this coach and this athlete. */
const liveLink = (input: { coachId: string; athleteId: string }) =>
  and(
    eq(coachingLinks.coachId, input.coachId),
    eq(coachingLinks.athleteId, input.athleteId),
    isNull(coachingLinks.endedAt),
  );

const athleteProfile = {
  athleteId: coachingLinks.athleteId,
  linkId: coachingLinks.id,
  name: profiles.name,
  timeZone: profiles.timeZone,
  weekStart: profiles.weekStart,
  distanceUnit: profiles.distanceUnit,
  tags: coachingLinks.tags,
  reviewedWeek: coachingLinks.reviewedWeek,
  startedAt: coachingLinks.startedAt,
  /** Compared with a triage snapshot's version: a later write makes the snapshot stale. */
  readVersion: profiles.readVersion,
};

/** The coach's current athletes with their profiles. */
export async function listCoachRoster(db: Database, coachId: string) {
  return db
    .select(athleteProfile)
    .from(coachingLinks)
    .innerJoin(profiles, eq(profiles.userId, coachingLinks.athleteId))
    .where(and(eq(coachingLinks.coachId, coachId), isNull(coachingLinks.endedAt)))
    .orderBy(asc(profiles.name));
}

/** One athlete of the coach, while their link lasts; undefined for anyone else. */
export async function findCoachedAthlete(
  db: Database,
  input: { coachId: string; athleteId: string },
) {
  const [row] = await db
    .select(athleteProfile)
    .from(coachingLinks)
    .innerJoin(profiles, eq(profiles.userId, coachingLinks.athleteId))
    .where(liveLink(input));
  return row;
}

/** The athlete's current coaches. */
export async function listMyCoaches(db: Database, athleteId: string) {
  return db
    .select({
      linkId: coachingLinks.id,
      coachId: coachingLinks.coachId,
      name: profiles.name,
      startedAt: coachingLinks.startedAt,
    })
    .from(coachingLinks)
    .innerJoin(profiles, eq(profiles.userId, coachingLinks.coachId))
    .where(and(eq(coachingLinks.athleteId, athleteId), isNull(coachingLinks.endedAt)))
    .orderBy(asc(profiles.name));
}

/** Starts coaching; an existing live link is kept as it is (returns false). */
export async function startCoaching(db: Database, input: { coachId: string; athleteId: string }) {
  const rows = await db
    .insert(coachingLinks)
    .values(input)
    .onConflictDoNothing()
    .returning({ id: coachingLinks.id });
  return rows.length > 0;
}

/**
 * Ends a live link the viewer is part of (as coach or athlete), and withdraws that coach's
 * proposals still waiting for the athlete; undefined if there is no such link.
 */
export async function endCoaching(db: Database, input: { viewerId: string; linkId: string }) {
  return db.transaction(async (tx) => {
    const [ended] = await endLink(tx, input);
    if (!ended) return undefined;
    await tx
      .update(goalProposals)
      .set({ status: "withdrawn", respondedAt: new Date() })
      .where(
        and(
          eq(goalProposals.coachId, ended.coachId),
          eq(goalProposals.athleteId, ended.athleteId),
          eq(goalProposals.status, "pending"),
        ),
      );
    return ended;
  });
}

async function endLink(db: Database, input: { viewerId: string; linkId: string }) {
  return db
    .update(coachingLinks)
    .set({ endedAt: new Date(), endedById: input.viewerId })
    .where(
      and(
        eq(coachingLinks.id, input.linkId),
        isNull(coachingLinks.endedAt),
        or(eq(coachingLinks.coachId, input.viewerId), eq(coachingLinks.athleteId, input.viewerId)),
      ),
    )
    .returning({ coachId: coachingLinks.coachId, athleteId: coachingLinks.athleteId });
}

export async function setAthleteTags(
  db: Database,
  input: { coachId: string; athleteId: string; tags: string[] },
) {
  const rows = await db
    .update(coachingLinks)
    .set({ tags: input.tags })
    .where(liveLink(input))
    .returning({ id: coachingLinks.id });
  return rows.length > 0;
}

export async function setReviewedWeek(
  db: Database,
  input: { coachId: string; athleteId: string; week: string | null },
) {
  const rows = await db
    .update(coachingLinks)
    .set({ reviewedWeek: input.week })
    .where(liveLink(input))
    .returning({ id: coachingLinks.id });
  return rows.length > 0;
}

export async function createCoachInvite(
  db: Database,
  input: { coachId: string; tokenHash: string; inviteeId: string | null; expiresAt: Date },
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

/** Records the answer to a personal invitation, once; false if it was already answered. */
export async function answerCoachInvite(
  db: Database,
  input: { inviteId: string; response: "accepted" | "declined" },
) {
  const rows = await db
    .update(coachInvites)
    .set({ response: input.response, respondedAt: new Date() })
    .where(and(eq(coachInvites.id, input.inviteId), isNull(coachInvites.response)))
    .returning({ id: coachInvites.id });
  return rows.length > 0;
}

/** The coach's invitations still open: links not expired or withdrawn, personal ones unanswered. */
export async function listOpenCoachInvites(db: Database, coachId: string) {
  return db
    .select({
      id: coachInvites.id,
      inviteeName: profiles.name,
      expiresAt: coachInvites.expiresAt,
      createdAt: coachInvites.createdAt,
    })
    .from(coachInvites)
    .leftJoin(profiles, eq(profiles.userId, coachInvites.inviteeId))
    .where(
      and(
        eq(coachInvites.coachId, coachId),
        isNull(coachInvites.revokedAt),
        isNull(coachInvites.response),
        gt(coachInvites.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(coachInvites.createdAt));
}

export async function revokeCoachInvite(
  db: Database,
  input: { coachId: string; inviteId: string },
) {
  const rows = await db
    .update(coachInvites)
    .set({ revokedAt: new Date() })
    .where(and(eq(coachInvites.id, input.inviteId), eq(coachInvites.coachId, input.coachId)))
    .returning({ id: coachInvites.id });
  return rows.length > 0;
}

export async function getCoachThresholds(db: Database, coachId: string) {
  const [row] = await db
    .select({ thresholds: coachSettings.thresholds })
    .from(coachSettings)
    .where(eq(coachSettings.coachId, coachId));
  return row?.thresholds;
}

export async function saveCoachThresholds(
  db: Database,
  input: { coachId: string; thresholds: Record<string, number> },
) {
  await db
    .insert(coachSettings)
    .values(input)
    .onConflictDoUpdate({
      target: coachSettings.coachId,
      set: { thresholds: input.thresholds, updatedAt: new Date() },
    });
}

// Plan templates: a coach's own.

export async function listTemplates(db: Database, coachId: string) {
  return db
    .select()
    .from(planTemplates)
    .where(eq(planTemplates.coachId, coachId))
    .orderBy(asc(planTemplates.name));
}

export async function findTemplate(db: Database, input: { coachId: string; templateId: string }) {
  const [row] = await db
    .select()
    .from(planTemplates)
    .where(and(eq(planTemplates.id, input.templateId), eq(planTemplates.coachId, input.coachId)));
  return row;
}

export async function insertTemplate(
  db: Database,
  input: { coachId: string; name: string; fields: Record<string, unknown> },
) {
  const [row] = await db.insert(planTemplates).values(input).returning({ id: planTemplates.id });
  if (!row) throw new Error("insertTemplate returned no row");
  return row;
}

export async function updateTemplate(
  db: Database,
  input: { coachId: string; templateId: string; name: string; fields: Record<string, unknown> },
) {
  const rows = await db
    .update(planTemplates)
    .set({ name: input.name, fields: input.fields, updatedAt: new Date() })
    .where(and(eq(planTemplates.id, input.templateId), eq(planTemplates.coachId, input.coachId)))
    .returning({ id: planTemplates.id });
  return rows.length > 0;
}

export async function deleteTemplate(db: Database, input: { coachId: string; templateId: string }) {
  const rows = await db
    .delete(planTemplates)
    .where(and(eq(planTemplates.id, input.templateId), eq(planTemplates.coachId, input.coachId)))
    .returning({ id: planTemplates.id });
  return rows.length > 0;
}

// Proposals.

/** A goal of the athlete that the coach may see (and so propose a change to). */
export async function findGoalVisibleToCoach(
  db: Database,
  input: { coachId: string; goalId: string },
) {
  const [row] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.id, input.goalId), goalVisibleToCoach(input.coachId)));
  return row;
}

export async function insertProposals(
  db: Database,
  rows: readonly (typeof goalProposals.$inferInsert)[],
) {
  if (rows.length === 0) return [];
  return db
    .insert(goalProposals)
    .values([...rows])
    .returning({ id: goalProposals.id });
}

const proposalColumns = {
  id: goalProposals.id,
  kind: goalProposals.kind,
  coachId: goalProposals.coachId,
  coachName: profiles.name,
  athleteId: goalProposals.athleteId,
  goalId: goalProposals.goalId,
  payload: goalProposals.payload,
  summary: goalProposals.summary,
  note: goalProposals.note,
  status: goalProposals.status,
  responseNote: goalProposals.responseNote,
  respondedAt: goalProposals.respondedAt,
  resultGoalId: goalProposals.resultGoalId,
  createdAt: goalProposals.createdAt,
};

/** Proposals made to the athlete: pending ones, then the latest answered. */
export async function listProposalsForAthlete(
  db: Database,
  input: { athleteId: string; limit: number },
) {
  return db
    .select(proposalColumns)
    .from(goalProposals)
    .leftJoin(profiles, eq(profiles.userId, goalProposals.coachId))
    .where(eq(goalProposals.athleteId, input.athleteId))
    .orderBy(sql`${goalProposals.status} = 'pending' desc`, desc(goalProposals.createdAt))
    .limit(input.limit);
}

/** The proposals this coach made to one of their athletes (the caller checked the link). */
export async function listProposalsByCoach(
  db: Database,
  input: { coachId: string; athleteId: string; limit: number },
) {
  return db
    .select(proposalColumns)
    .from(goalProposals)
    .leftJoin(profiles, eq(profiles.userId, goalProposals.coachId))
    .where(
      and(
        eq(goalProposals.coachId, input.coachId),
        eq(goalProposals.athleteId, input.athleteId),
        coachedBy(input.coachId, goalProposals.athleteId),
      ),
    )
    .orderBy(desc(goalProposals.createdAt))
    .limit(input.limit);
}

export async function findProposalForAthlete(
  db: Database,
  input: { athleteId: string; proposalId: string },
) {
  const [row] = await db
    .select(proposalColumns)
    .from(goalProposals)
    .leftJoin(profiles, eq(profiles.userId, goalProposals.coachId))
    .where(
      and(eq(goalProposals.id, input.proposalId), eq(goalProposals.athleteId, input.athleteId)),
    );
  return row;
}

/**
 * Moves a pending proposal to its answer, once: of two simultaneous accepts, one finds it
 * pending and applies it; the other finds nothing to claim.
 */
export async function claimProposal(
  db: Database,
  input: {
    athleteId: string;
    proposalId: string;
    status: "accepted" | "declined";
    responseNote: string;
  },
) {
  const [row] = await db
    .update(goalProposals)
    .set({ status: input.status, responseNote: input.responseNote, respondedAt: new Date() })
    .where(
      and(
        eq(goalProposals.id, input.proposalId),
        eq(goalProposals.athleteId, input.athleteId),
        eq(goalProposals.status, "pending"),
      ),
    )
    .returning();
  return row;
}

export async function setProposalResult(
  db: Database,
  input: { proposalId: string; resultGoalId: string },
) {
  await db
    .update(goalProposals)
    .set({ resultGoalId: input.resultGoalId })
    .where(eq(goalProposals.id, input.proposalId));
}

export async function withdrawProposal(
  db: Database,
  input: { coachId: string; proposalId: string },
) {
  const rows = await db
    .update(goalProposals)
    .set({ status: "withdrawn", respondedAt: new Date() })
    .where(
      and(
        eq(goalProposals.id, input.proposalId),
        eq(goalProposals.coachId, input.coachId),
        eq(goalProposals.status, "pending"),
        coachedBy(input.coachId, goalProposals.athleteId),
      ),
    )
    .returning({ id: goalProposals.id });
  return rows.length > 0;
}

/** One athlete's check-ins their coach may see (not private), newest first. */
export async function listCheckinsForCoach(
  db: Database,
  input: { coachId: string; athleteId: string; limit: number },
) {
  return db
    .select()
    .from(checkins)
    .where(
      and(
        eq(checkins.athleteId, input.athleteId),
        ne(checkins.visibility, "private"),
        coachedBy(input.coachId, checkins.athleteId),
      ),
    )
    .orderBy(desc(checkins.weekStart))
    .limit(input.limit);
}

/** The outcomes of these check-ins for goals the athlete shows their coach, with titles. */
export async function listOutcomesForCoach(
  db: Database,
  input: { coachId: string; checkinIds: readonly string[] },
) {
  if (input.checkinIds.length === 0) return [];
  return db
    .select({
      checkinId: checkinGoals.checkinId,
      goalId: goals.id,
      title: goals.title,
      outcome: checkinGoals.outcome,
      excuse: checkinGoals.excuse,
      excuseNote: checkinGoals.excuseNote,
    })
    .from(checkinGoals)
    .innerJoin(goals, eq(goals.id, checkinGoals.goalId))
    .where(
      and(isAnyOf(checkinGoals.checkinId, input.checkinIds), goalVisibleToCoach(input.coachId)),
    )
    .orderBy(asc(goals.position));
}
