import type { Database } from "@stride/db/client";
import {
  claimProposal,
  findProposalForAthlete,
  listProposalsForAthlete,
  setProposalResult,
} from "@stride/db/queries";
import { respondInput } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { profileProcedure } from "../../procedures";
import { planPreviews } from "../../services/plan-preview";
import { toProposalDto } from "../../services/proposal-dto";
import { applyProposal, notifyCoachOfAnswer, PROPOSAL_NOT_FOUND } from "../../services/proposals";

/** What the athlete's coaches proposed: pending first, then the latest answered. */
export const proposals = profileProcedure.query(async ({ ctx }) => {
  const rows = await listProposalsForAthlete(ctx.db, { athleteId: ctx.viewerId, limit: 30 });
  const weeks = await planPreviews(ctx.db, { id: ctx.viewerId, profile: ctx.profile }, rows);
  return rows.map((row, index) => ({ ...toProposalDto(row), weeks: weeks[index] ?? null }));
});

/** The viewer's own proposal, or NOT_FOUND. */
async function ownProposal(db: Database, athleteId: string, proposalId: string) {
  const proposal = await findProposalForAthlete(db, { athleteId, proposalId });
  if (!proposal) throw new DomainError("NOT_FOUND", PROPOSAL_NOT_FOUND);
  return proposal;
}

/**
 * When the claim found the proposal answered already: read it again (a simultaneous answer may
 * have landed between our read and the claim). The same answer is a retry and succeeds; another
 * one is the reason this answer cannot be given.
 */
async function answeredAs(
  db: Database,
  which: { athleteId: string; proposalId: string },
  status: "accepted" | "declined",
) {
  const now = await findProposalForAthlete(db, which);
  if (now?.status === status) return now;
  throw new DomainError("INVALID", `This proposal was already ${now?.status ?? "answered"}.`);
}

/**
 * The athlete accepts: the proposal is claimed (pending → accepted) and applied in one
 * transaction, so accepting twice applies it once, and a proposal that no longer fits (say the
 * parent's dates moved) fails with the reason and stays pending.
 */
export const acceptProposal = profileProcedure
  .input(respondInput)
  .mutation(async ({ ctx, input }) => {
    const { db, viewerId } = ctx;
    const existing = await ownProposal(db, viewerId, input.id);
    const result = await db.transaction(async (tx) => {
      const claimed = await claimProposal(tx, {
        athleteId: viewerId,
        proposalId: input.id,
        status: "accepted",
        responseNote: input.note,
      });
      if (!claimed) return null;
      const goalId = await applyProposal(tx, {
        profile: ctx.profile,
        athleteId: viewerId,
        proposal: claimed,
        reason: input.note || claimed.note || `Proposed by ${existing.coachName ?? "my coach"}`,
      });
      await setProposalResult(tx, { proposalId: claimed.id, resultGoalId: goalId });
      return goalId;
    });
    if (result === null) {
      const now = await answeredAs(db, { athleteId: viewerId, proposalId: input.id }, "accepted");
      return { id: input.id, goalId: now.resultGoalId, applied: false };
    }
    await notifyCoachOfAnswer(db, {
      coachId: existing.coachId,
      athleteId: viewerId,
      text: `${ctx.profile.name} accepted your proposal`,
    });
    return { id: input.id, goalId: result, applied: true };
  });

export const declineProposal = profileProcedure
  .input(respondInput)
  .mutation(async ({ ctx, input }) => {
    const { db, viewerId } = ctx;
    const existing = await ownProposal(db, viewerId, input.id);
    const claimed = await claimProposal(db, {
      athleteId: viewerId,
      proposalId: input.id,
      status: "declined",
      responseNote: input.note,
    });
    if (!claimed) {
      await answeredAs(db, { athleteId: viewerId, proposalId: input.id }, "declined");
      return { id: input.id };
    }
    await notifyCoachOfAnswer(db, {
      coachId: existing.coachId,
      athleteId: viewerId,
      text: `${ctx.profile.name} declined your proposal${input.note ? `: \u201c${input.note}\u201d` : ""}`,
    });
    return { id: input.id };
  });
