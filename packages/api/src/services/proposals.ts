import type { Database } from "@stride/db/client";
import {
  asOwner,
  type claimProposal,
  findGoal,
  findOwnMacroCovering,
  notify,
} from "@stride/db/queries";
import { type ProposedChanges, readProposal } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import {
  assertGoalStructure,
  type CreateGoalInput,
  describeTarget,
  toStoredTarget,
} from "@stride/domain/goals";
import { formatCalendarDate, goalPeriod } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { createGoalFor } from "./goal-create";
import type { targetOf } from "./goal-dto";
import { loadOwnParent, parentShape } from "./goal-rules";
import { updateGoalFor } from "./goal-update";
import { type MailBatching, mailInBatch } from "./mail-batches";
import { pushTo } from "./push";

/*
 * A coach's proposals: checking that one fits the athlete's plan, the sentence that names it,
 * the notifications either way, and applying an accepted one through the goal writers.
 */

export const PROPOSAL_NOT_FOUND = "That proposal was not found.";

/** The structural rules a new goal must pass, checked when proposed (and again when accepted). */
export async function assertProposable(
  db: Database,
  athlete: { athleteId: string; weekStart: Profile["weekStart"] },
  goal: CreateGoalInput,
) {
  const parent = await loadOwnParent(db, athlete.athleteId, goal.parentId);
  assertGoalStructure({
    level: goal.level,
    period: goalPeriod(goal.level, goal.periodStart, goal.periodEnd),
    parent: parentShape(parent),
    weekStart: athlete.weekStart,
    planDays: goal.plan.map((s) => s.day),
    rampWeeks: goal.weeks.map((w) => w.periodStart),
  });
}

/** "Change “Run 20 km”: target 20 km a week → 25 km a week; dates 2 Mar to 29 Mar". */
export function describeProposedChanges(
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

/** Tells the athlete a coach proposed something (a plan counts as several goals). */
export async function notifyAthlete(
  ctx: { db: Database; batching: MailBatching | null },
  input: { coachId: string; coachName: string; athleteId: string; count?: number },
) {
  const { db } = ctx;
  const text =
    (input.count ?? 1) > 1
      ? `${input.coachName} proposed a plan for you`
      : `${input.coachName} proposed a goal change for you`;
  const link = "/goals#proposals";
  await notify(db, [
    { userId: input.athleteId, actorId: input.coachId, kind: "proposal", link, text },
  ]);
  pushTo(db, input.athleteId, "coach_activity", {
    title: "Your coach proposed a change",
    body: text,
    url: link,
  });
  mailInBatch(db, ctx.batching, { userIds: [input.athleteId], kind: "coach_activity" });
}

/** Tells the coach (if their account still exists) how the athlete answered. */
export async function notifyCoachOfAnswer(
  db: Database,
  input: { coachId: string | null; athleteId: string; text: string },
) {
  if (!input.coachId) return;
  await notify(db, [
    {
      userId: input.coachId,
      actorId: input.athleteId,
      kind: "proposal",
      link: `/coach/athletes/${input.athleteId}`,
      text: input.text,
    },
  ]);
}

/** Applies a claimed proposal to the athlete's goals; returns the goal it made or changed. */
export async function applyProposal(
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
  const payload = readProposal(proposal.kind, proposal.payload);
  const create = (input: CreateGoalInput) =>
    createGoalFor(db, { viewerId: athleteId, profile, input, proposedById });
  switch (payload.kind) {
    case "goal":
      return (await create(payload.goal)).id;
    case "plan": {
      // A template's block goes under the athlete's own macro goal that it fits in, if any.
      const macro = payload.meso.parentId
        ? undefined
        : await findOwnMacroCovering(db, {
            ownerId: athleteId,
            from: payload.meso.periodStart,
            to: payload.meso.periodEnd,
            category: payload.meso.category,
          });
      const meso = await create({
        ...payload.meso,
        parentId: payload.meso.parentId ?? macro?.id ?? null,
      });
      for (const micro of payload.micros) await create({ ...micro, parentId: meso.id });
      return meso.id;
    }
    case "change": {
      const goal = proposal.goalId
        ? await findGoal(db, { viewer: asOwner(athleteId), goalId: proposal.goalId })
        : undefined;
      if (!goal)
        throw new DomainError("NOT_FOUND", "The goal this proposal changes no longer exists.");
      await updateGoalFor(db, {
        viewerId: athleteId,
        profile,
        goal,
        // Applied over the goal as it is now: a proposal changes only the fields it names.
        input: { version: goal.version, reason: args.reason, changes: payload.changes },
        proposedById,
      });
      return goal.id;
    }
  }
}
