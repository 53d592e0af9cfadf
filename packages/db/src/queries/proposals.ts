import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { goalProposals, profiles } from "../schema";
import { asCoach, asOwner, athleteDataVisibleTo, ownRows } from "./policy";

export type ProposalRow = typeof goalProposals.$inferSelect;

// A coach's proposals to an athlete: the coach sees their own while the link lasts; the athlete
// sees and answers every proposal made to them.

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
  // The athlete previews a plan's weeks before accepting.
  payload: goalProposals.payload,
  summary: goalProposals.summary,
  note: goalProposals.note,
  status: goalProposals.status,
  responseNote: goalProposals.responseNote,
  respondedAt: goalProposals.respondedAt,
  resultGoalId: goalProposals.resultGoalId,
  createdAt: goalProposals.createdAt,
};

/** Proposals with their coach's name (`proposalColumns`), for the caller's WHERE. */
function selectProposals(db: Database) {
  return db
    .select(proposalColumns)
    .from(goalProposals)
    .leftJoin(profiles, eq(profiles.userId, goalProposals.coachId));
}

/** Proposals made to the athlete: pending ones, then the latest answered. */
export async function listProposalsForAthlete(
  db: Database,
  input: { athleteId: string; limit: number },
) {
  return selectProposals(db)
    .where(athleteDataVisibleTo(asOwner(input.athleteId), goalProposals.athleteId))
    .orderBy(sql`${goalProposals.status} = 'pending' desc`, desc(goalProposals.createdAt))
    .limit(input.limit);
}

/** The proposals this coach made to one of their athletes (the caller checked the link). */
export async function listProposalsByCoach(
  db: Database,
  input: { coachId: string; athleteId: string; limit: number },
) {
  return selectProposals(db)
    .where(
      and(
        ownRows(goalProposals.coachId, input.coachId),
        eq(goalProposals.athleteId, input.athleteId),
        athleteDataVisibleTo(asCoach(input.coachId), goalProposals.athleteId),
      ),
    )
    .orderBy(desc(goalProposals.createdAt))
    .limit(input.limit);
}

export async function findProposalForAthlete(
  db: Database,
  input: { athleteId: string; proposalId: string },
) {
  const [row] = await selectProposals(db).where(
    and(
      eq(goalProposals.id, input.proposalId),
      athleteDataVisibleTo(asOwner(input.athleteId), goalProposals.athleteId),
    ),
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
        athleteDataVisibleTo(asOwner(input.athleteId), goalProposals.athleteId),
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
        ownRows(goalProposals.coachId, input.coachId),
        eq(goalProposals.status, "pending"),
        athleteDataVisibleTo(asCoach(input.coachId), goalProposals.athleteId),
      ),
    )
    .returning({ id: goalProposals.id });
  return rows.length > 0;
}
