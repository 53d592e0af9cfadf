import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { coachingLinks, goalProposals, profiles } from "../schema";
import { liveLinkBetween, liveLinkOf } from "./policy";

export type CoachingLinkRow = typeof coachingLinks.$inferSelect;

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
    .where(liveLinkBetween({ coachId }))
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
    .where(liveLinkBetween(input));
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
    .where(liveLinkBetween({ athleteId }))
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
    .where(and(eq(coachingLinks.id, input.linkId), liveLinkOf(input.viewerId)))
    .returning({ coachId: coachingLinks.coachId, athleteId: coachingLinks.athleteId });
}

/** Writes to the live link between a coach and an athlete; false when there is none. */
async function updateLiveLink(
  db: Database,
  between: { coachId: string; athleteId: string },
  values: Partial<Pick<CoachingLinkRow, "tags" | "reviewedWeek">>,
) {
  const rows = await db
    .update(coachingLinks)
    .set(values)
    .where(liveLinkBetween(between))
    .returning({ id: coachingLinks.id });
  return rows.length > 0;
}

export function setAthleteTags(
  db: Database,
  input: { coachId: string; athleteId: string; tags: string[] },
) {
  return updateLiveLink(db, input, { tags: input.tags });
}

export function setReviewedWeek(
  db: Database,
  input: { coachId: string; athleteId: string; week: string | null },
) {
  return updateLiveLink(db, input, { reviewedWeek: input.week });
}
