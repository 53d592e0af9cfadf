import {
  claimProposal,
  findProposalForAthlete,
  listProposalsForAthlete,
  setProposalResult,
} from "@stride/db/queries";
import { respondInput } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { profileProcedure } from "../../procedures";
import { toProposalDto } from "../../services/proposal-dto";
import { applyProposal, notifyCoachOfAnswer, PROPOSAL_NOT_FOUND } from "../../services/proposals";

/** What the athlete's coaches proposed: pending first, then the latest answered. */
export const proposals = profileProcedure.query(async ({ ctx }) => {
  const rows = await listProposalsForAthlete(ctx.db, { athleteId: ctx.viewerId, limit: 30 });
  return rows.map(toProposalDto);
});

/**
 * The athlete accepts: the proposal is claimed (pending → accepted) and applied in one
 * transaction, so accepting twice applies it once, and a proposal that no longer fits (say the
 * parent's dates moved) fails with the reason and stays pending.
 */
export const acceptProposal = profileProcedure
  .input(respondInput)
  .mutation(async ({ ctx, input }) => {
    const { db, viewerId } = ctx;
    const existing = await findProposalForAthlete(db, {
      athleteId: viewerId,
      proposalId: input.id,
    });
    if (!existing) throw new DomainError("NOT_FOUND", PROPOSAL_NOT_FOUND);
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
      const now = await findProposalForAthlete(db, { athleteId: viewerId, proposalId: input.id });
      if (now?.status === "accepted")
        return { id: input.id, goalId: now.resultGoalId, applied: false };
      throw new DomainError("INVALID", `This proposal was already ${now?.status ?? "answered"}.`);
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
    const existing = await findProposalForAthlete(db, {
      athleteId: viewerId,
      proposalId: input.id,
    });
    if (!existing) throw new DomainError("NOT_FOUND", PROPOSAL_NOT_FOUND);
    const claimed = await claimProposal(db, {
      athleteId: viewerId,
      proposalId: input.id,
      status: "declined",
      responseNote: input.note,
    });
    if (!claimed) {
      // Read again: a simultaneous answer may have landed between our read and the claim.
      const now = await findProposalForAthlete(db, { athleteId: viewerId, proposalId: input.id });
      if (now?.status === "declined") return { id: input.id };
      throw new DomainError("INVALID", `This proposal was already ${now?.status ?? "answered"}.`);
    }
    await notifyCoachOfAnswer(db, {
      coachId: existing.coachId,
      athleteId: viewerId,
      text: `${ctx.profile.name} declined your proposal${input.note ? `: \u201c${input.note}\u201d` : ""}`,
    });
    return { id: input.id };
  });
