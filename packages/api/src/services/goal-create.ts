import type { Database } from "@stride/db/client";
import {
  insertGoal,
  insertGoalRevision,
  nextGoalPosition,
  refreshProgress,
  replacePlannedSessions,
  syncChecklistItems,
  targetColumns,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import {
  ACTIVITY_LABELS,
  assertGoalStructure,
  type CreateGoalInput,
  type StoredTarget,
  toStoredTarget,
} from "@stride/domain/goals";
import { goalPeriod, weekEndOf } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { formatNumber, toStored } from "@stride/domain/units";
import { loadOwnParent, parentShape, planAmountToStored } from "./goal-rules";

/** The weekly micro goals a meso goal is split into: "Run 11 mi", "Run 10.6 mi (lighter week)". */
function rampWeekGoals(input: CreateGoalInput, mesoTarget: StoredTarget | null) {
  if (input.weeks.length === 0) return [];
  if (mesoTarget?.kind !== "total" || mesoTarget.per !== "week" || !input.target) {
    throw new DomainError(
      "INVALID",
      "Only a meso goal with a weekly total (like 15 mi a week) can be split into weeks.",
      { field: "weeks" },
    );
  }
  // "Run 11 mi", or for counted habits "Eat 14 veggie servings".
  const unit = input.target.unit === "count" ? (input.target.label ?? "") : input.target.unit;
  const verb = ACTIVITY_LABELS[mesoTarget.activityTypes[0] ?? "run"];
  const weeks = [...input.weeks].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  return weeks.map((week, index) => {
    // A week lighter than the one before is the ramp's recovery week.
    const lighter = index > 0 && week.value < (weeks[index - 1]?.value ?? 0);
    return {
      periodStart: week.periodStart,
      periodEnd: weekEndOf(week.periodStart),
      title: `${verb} ${formatNumber(week.value)} ${unit}${lighter ? " (lighter week)" : ""}`,
      target: { ...mesoTarget, value: toStored(week.value, unit), baseline: null },
    };
  });
}

/**
 * Creates a goal (and a meso goal's weekly micro goals) for an athlete after checking the
 * structural rules. Used by `goals.create` and by accepting a coach's proposal, which names the
 * coach in the history (`proposedById`).
 */
export async function createGoalFor(
  db: Database,
  args: {
    viewerId: string;
    profile: Profile;
    input: CreateGoalInput;
    proposedById?: string | null;
  },
) {
  const { viewerId, profile, input } = args;
  const proposedById = args.proposedById ?? null;
  const period = goalPeriod(input.level, input.periodStart, input.periodEnd);
  const parent = await loadOwnParent(db, viewerId, input.parentId);

  assertGoalStructure({
    level: input.level,
    period,
    parent: parentShape(parent),
    weekStart: profile.weekStart,
    planDays: input.plan.map((session) => session.day),
    rampWeeks: input.weeks.map((week) => week.periodStart),
  });
  const target = input.target ? toStoredTarget(input.target) : null;
  const weekGoals = rampWeekGoals(input, target);
  const common = {
    athleteId: viewerId,
    why: input.why,
    strategy: input.strategy,
    category: input.category,
    visibility: input.visibility,
  };

  const goal = await db.transaction(async (tx) => {
    const created = await insertGoal(tx, {
      ...common,
      level: input.level,
      parentId: parent?.id ?? null,
      title: input.title,
      periodStart: period.start,
      periodEnd: period.end,
      position: await nextGoalPosition(tx, {
        ownerId: viewerId,
        parentId: parent?.id ?? null,
        level: input.level,
      }),
      ...targetColumns(target),
    });
    await replacePlannedSessions(
      tx,
      created.id,
      input.plan.map((session) => ({
        ...session,
        amount: planAmountToStored(session.amount, target?.unit ?? null),
      })),
    );
    await syncChecklistItems(tx, created.id, input.checklist);
    await insertGoalRevision(tx, {
      goalId: created.id,
      actorId: viewerId,
      proposedById,
      kind: "created",
      changes: {},
    });

    const microIds: string[] = [];
    for (const [position, week] of weekGoals.entries()) {
      const micro = await insertGoal(tx, {
        ...common,
        why: "",
        strategy: "",
        level: "micro",
        parentId: created.id,
        title: week.title,
        periodStart: week.periodStart,
        periodEnd: week.periodEnd,
        position,
        ...targetColumns(week.target),
      });
      await insertGoalRevision(tx, {
        goalId: micro.id,
        actorId: viewerId,
        proposedById,
        kind: "created",
        changes: {},
      });
      microIds.push(micro.id);
    }
    await refreshProgress(tx, { athleteId: viewerId, goalIds: [created.id, ...microIds] });
    return created;
  });

  return { id: goal.id, weeksCreated: weekGoals.length };
}
