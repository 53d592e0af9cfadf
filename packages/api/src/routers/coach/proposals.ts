import type { Database } from "@stride/db/client";
import {
  asCoach,
  findCoachedAthlete,
  findGoal,
  insertProposals,
  withdrawProposal as withdrawProposalRow,
} from "@stride/db/queries";
import { proposalIdSchema, proposeInput, storedProposal } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import {
  assertGoalStructure,
  describeTarget,
  LEVEL_LABELS,
  toStoredTarget,
} from "@stride/domain/goals";
import { goalPeriod } from "@stride/domain/periods";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { ATHLETE_NOT_FOUND, coachedAthleteProcedure } from "../../procedures/coaching";
import { GOAL_NOT_FOUND } from "../../procedures/goals";
import { targetOf } from "../../services/goal-dto";
import { loadOwnParent, parentShape } from "../../services/goal-rules";
import {
  assertProposable,
  describeProposedChanges,
  notifyAthlete,
  PROPOSAL_NOT_FOUND,
} from "../../services/proposals";

async function findAthleteOrThrow(db: Database, coachId: string, athleteId: string) {
  const athlete = await findCoachedAthlete(db, { coachId, athleteId });
  if (!athlete) throw new DomainError("NOT_FOUND", ATHLETE_NOT_FOUND);
  return athlete;
}

/** A coach proposes a new goal, or a change to a goal they can see; nothing changes until accepted. */
export const propose = profileProcedure.input(proposeInput).mutation(async ({ ctx, input }) => {
  const { db, viewerId: coachId } = ctx;
  const athlete = await findAthleteOrThrow(db, coachId, input.athleteId);
  if (input.kind === "goal") {
    // A parent the coach cannot see is, to them, a parent that does not exist.
    if (input.goal.parentId) {
      const parent = await findGoal(db, { viewer: asCoach(coachId), goalId: input.goal.parentId });
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
        ...storedProposal({ kind: "goal", goal: input.goal }),
        summary: `New ${LEVEL_LABELS[input.goal.level].toLowerCase()} goal \u201c${input.goal.title}\u201d: ${describeTarget(target)}`,
        note: input.note,
      },
    ]);
    await notifyAthlete(ctx, {
      coachId,
      coachName: ctx.profile.name,
      athleteId: athlete.athleteId,
    });
    return { id: row?.id };
  }
  const goal = await findGoal(db, { viewer: asCoach(coachId), goalId: input.goalId });
  if (!goal || goal.athleteId !== athlete.athleteId)
    throw new DomainError("NOT_FOUND", GOAL_NOT_FOUND);
  const parent = await loadOwnParent(db, athlete.athleteId, goal.parentId);
  assertGoalStructure({
    level: goal.level,
    period: goalPeriod(
      goal.level,
      input.changes.periodStart ?? goal.periodStart,
      input.changes.periodEnd ?? goal.periodEnd,
    ),
    parent: parentShape(parent, { checkArchived: false }),
    weekStart: athlete.weekStart,
    planDays: [],
    rampWeeks: [],
  });
  const [row] = await insertProposals(db, [
    {
      coachId,
      athleteId: athlete.athleteId,
      ...storedProposal({ kind: "change", changes: input.changes }),
      goalId: goal.id,
      summary: describeProposedChanges(goal, targetOf(goal), input.changes),
      note: input.note,
    },
  ]);
  await notifyAthlete(ctx, { coachId, coachName: ctx.profile.name, athleteId: athlete.athleteId });
  return { id: row?.id };
});

export const withdrawProposal = coachedAthleteProcedure
  .input(z.object({ id: proposalIdSchema }))
  .mutation(async ({ ctx, input }) => {
    const done = await withdrawProposalRow(ctx.db, { coachId: ctx.viewerId, proposalId: input.id });
    if (!done) throw new DomainError("NOT_FOUND", PROPOSAL_NOT_FOUND);
    return { id: input.id };
  });
