import type { Database } from "@stride/db/client";
import {
  claimProposal,
  findCoachedAthlete,
  findGoalVisibleToCoach,
  findOwnGoal,
  findProposalForAthlete,
  insertProposals,
  listProposalsForAthlete,
  notify,
  setProposalResult,
  withdrawProposal,
} from "@stride/db/queries";
import {
  type ProposedChanges,
  proposalIdSchema,
  proposeInput,
  respondInput,
} from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import {
  assertGoalStructure,
  type CreateGoalInput,
  describeTarget,
  LEVEL_LABELS,
  toStoredTarget,
} from "@stride/domain/goals";
import { addDaysTo, formatCalendarDate } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { ATHLETE_NOT_FOUND, coachedAthleteProcedure } from "../../procedures/coaching";
import { GOAL_NOT_FOUND } from "../../procedures/goals";
import { targetOf } from "../../services/goal-dto";
import { loadOwnParent, parentShape } from "../../services/goal-rules";
import { createGoalFor } from "../goals/create";
import { updateGoalFor } from "../goals/update";
import { toProposalDto } from "./proposal-dto";

const PROPOSAL_NOT_FOUND = "That proposal was not found.";

export type PlanPayload = { meso: CreateGoalInput; micros: CreateGoalInput[] };

/** The structural rules a new goal must pass, checked when proposed (and again when accepted). */
export async function assertProposable(
  db: Database,
  athlete: { athleteId: string; weekStart: Profile["weekStart"] },
  goal: CreateGoalInput,
) {
  const parent = await loadOwnParent(db, athlete.athleteId, goal.parentId);
  const periodEnd = goal.level === "micro" ? addDaysTo(goal.periodStart, 6) : goal.periodEnd;
  assertGoalStructure({
    level: goal.level,
    period: { start: goal.periodStart, end: periodEnd },
    parent: parentShape(parent),
    weekStart: athlete.weekStart,
    planDays: goal.plan.map((s) => s.day),
    rampWeeks: goal.weeks.map((w) => w.periodStart),
  });
}

function describeChanges(
  goal: { title: string; periodStart: string; periodEnd: string },
  current: ReturnType<typeof targetOf>,
  changes: ProposedChanges,
) {
  const parts: string[] = [];
  if (changes.title !== undefined) parts.push(`rename to \u201c${changes.title}\u201d`);
  if (changes.target !== undefined) {
    const next = changes.target ? toStoredTarget(changes.target) : null;
    parts.push(`target ${describeTarget(current)} \u2192 ${describeTarget(next)}`);
  }
  if (changes.periodStart !== undefined || changes.periodEnd !== undefined) {
    const start = changes.periodStart ?? goal.periodStart;
    const end = changes.periodEnd ?? goal.periodEnd;
    parts.push(
      `dates ${formatCalendarDate(start, "d MMM")} to ${formatCalendarDate(end, "d MMM")}`,
    );
  }
  return `Change \u201c${goal.title}\u201d: ${parts.join("; ")}`;
}

/** A coach proposes a new goal, or a change to a goal they can see; nothing changes until accepted. */
export const propose = profileProcedure.input(proposeInput).mutation(async ({ ctx, input }) => {
  const { db, viewerId: coachId } = ctx;
  const athlete = await findAthleteOrThrow(db, coachId, input.athleteId);
  if (input.kind === "goal") {
    // A parent the coach cannot see is, to them, a parent that does not exist.
    if (input.goal.parentId) {
      const parent = await findGoalVisibleToCoach(db, { coachId, goalId: input.goal.parentId });
      if (!parent || parent.athleteId !== athlete.athleteId)
        throw new DomainError("NOT_FOUND", "That parent goal was not found.", {
          field: "parentId",
        });
    }
    await assertProposable(db, athlete, input.goal);
    const target = input.goal.target ? toStoredTarget(input.goal.target) : null;
    const [row] = await insertProposals(db, [
      {
        coachId,
        athleteId: athlete.athleteId,
        kind: "goal",
        payload: { goal: input.goal },
        summary: `New ${LEVEL_LABELS[input.goal.level].toLowerCase()} goal \u201c${input.goal.title}\u201d: ${describeTarget(target)}`,
        note: input.note,
      },
    ]);
    await notifyAthlete(db, { coachId, coachName: ctx.profile.name, athleteId: athlete.athleteId });
    return { id: row?.id };
  }
  const goal = await findGoalVisibleToCoach(db, { coachId, goalId: input.goalId });
  if (!goal || goal.athleteId !== athlete.athleteId)
    throw new DomainError("NOT_FOUND", GOAL_NOT_FOUND);
  const periodStart = input.changes.periodStart ?? goal.periodStart;
  const periodEnd =
    goal.level === "micro"
      ? addDaysTo(periodStart, 6)
      : (input.changes.periodEnd ?? goal.periodEnd);
  const parent = await loadOwnParent(db, athlete.athleteId, goal.parentId);
  assertGoalStructure({
    level: goal.level,
    period: { start: periodStart, end: periodEnd },
    parent: parentShape(parent, { checkArchived: false }),
    weekStart: athlete.weekStart,
    planDays: [],
    rampWeeks: [],
  });
  const [row] = await insertProposals(db, [
    {
      coachId,
      athleteId: athlete.athleteId,
      kind: "change",
      goalId: goal.id,
      payload: { changes: input.changes },
      summary: describeChanges(goal, targetOf(goal), input.changes),
      note: input.note,
    },
  ]);
  await notifyAthlete(db, { coachId, coachName: ctx.profile.name, athleteId: athlete.athleteId });
  return { id: row?.id };
});

async function findAthleteOrThrow(db: Database, coachId: string, athleteId: string) {
  const athlete = await findCoachedAthlete(db, { coachId, athleteId });
  if (!athlete) throw new DomainError("NOT_FOUND", ATHLETE_NOT_FOUND);
  return athlete;
}

export async function notifyAthlete(
  db: Database,
  input: { coachId: string; coachName: string; athleteId: string; count?: number },
) {
  await notify(db, [
    {
      userId: input.athleteId,
      actorId: input.coachId,
      kind: "proposal",
      link: "/goals#proposals",
      text:
        (input.count ?? 1) > 1
          ? `${input.coachName} proposed a plan for you`
          : `${input.coachName} proposed a goal change for you`,
    },
  ]);
}

export const withdraw = coachedAthleteProcedure
  .input(z.object({ id: proposalIdSchema }))
  .mutation(async ({ ctx, input }) => {
    const done = await withdrawProposal(ctx.db, { coachId: ctx.viewerId, proposalId: input.id });
    if (!done) throw new DomainError("NOT_FOUND", PROPOSAL_NOT_FOUND);
    return { id: input.id };
  });

/** What the athlete's coaches proposed: pending first, then the latest answered. */
export const myProposals = profileProcedure.query(async ({ ctx }) => {
  const rows = await listProposalsForAthlete(ctx.db, { athleteId: ctx.viewerId, limit: 30 });
  return rows.map(toProposalDto);
});

/** Applies a claimed proposal to the athlete's goals; returns the goal it made or changed. */
async function apply(
  db: Database,
  args: {
    profile: Profile;
    athleteId: string;
    proposal: NonNullable<Awaited<ReturnType<typeof claimProposal>>>;
    reason: string;
  },
): Promise<string> {
  const { proposal, profile, athleteId } = args;
  const proposedById = proposal.coachId;
  const payload = proposal.payload as Record<string, unknown>;
  if (proposal.kind === "goal") {
    const made = await createGoalFor(db, {
      viewerId: athleteId,
      profile,
      input: payload.goal as CreateGoalInput,
      proposedById,
    });
    return made.id;
  }
  if (proposal.kind === "plan") {
    const plan = payload as unknown as PlanPayload;
    const meso = await createGoalFor(db, {
      viewerId: athleteId,
      profile,
      input: plan.meso,
      proposedById,
    });
    for (const micro of plan.micros) {
      await createGoalFor(db, {
        viewerId: athleteId,
        profile,
        input: { ...micro, parentId: meso.id },
        proposedById,
      });
    }
    return meso.id;
  }
  const goal = proposal.goalId
    ? await findOwnGoal(db, { viewerId: athleteId, goalId: proposal.goalId })
    : undefined;
  if (!goal) throw new DomainError("NOT_FOUND", "The goal this proposal changes no longer exists.");
  await updateGoalFor(db, {
    viewerId: athleteId,
    profile,
    goal,
    // Applied over the goal as it is now: a proposal changes only the fields it names.
    input: {
      version: goal.version,
      reason: args.reason,
      changes: payload.changes as ProposedChanges,
    },
    proposedById,
  });
  return goal.id;
}

/**
 * The athlete accepts: the proposal is claimed (pending → accepted) and applied in one
 * transaction, so accepting twice applies it once, and a proposal that no longer fits (say the
 * parent's dates moved) fails with the reason and stays pending.
 */
export const accept = profileProcedure.input(respondInput).mutation(async ({ ctx, input }) => {
  const { db, viewerId } = ctx;
  const existing = await findProposalForAthlete(db, { athleteId: viewerId, proposalId: input.id });
  if (!existing) throw new DomainError("NOT_FOUND", PROPOSAL_NOT_FOUND);
  const result = await db.transaction(async (tx) => {
    const claimed = await claimProposal(tx, {
      athleteId: viewerId,
      proposalId: input.id,
      status: "accepted",
      responseNote: input.note,
    });
    if (!claimed) return null;
    const goalId = await apply(tx, {
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
  if (existing.coachId) {
    await notify(db, [
      {
        userId: existing.coachId,
        actorId: viewerId,
        kind: "proposal",
        link: `/coach/athletes/${viewerId}`,
        text: `${ctx.profile.name} accepted your proposal`,
      },
    ]);
  }
  return { id: input.id, goalId: result, applied: true };
});

export const decline = profileProcedure.input(respondInput).mutation(async ({ ctx, input }) => {
  const { db, viewerId } = ctx;
  const existing = await findProposalForAthlete(db, { athleteId: viewerId, proposalId: input.id });
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
  if (existing.coachId) {
    await notify(db, [
      {
        userId: existing.coachId,
        actorId: viewerId,
        kind: "proposal",
        link: `/coach/athletes/${viewerId}`,
        text: `${ctx.profile.name} declined your proposal${input.note ? `: \u201c${input.note}\u201d` : ""}`,
      },
    ]);
  }
  return { id: input.id };
});
