import type { Database } from "@stride/db/client";
import {
  archiveOwnGoal,
  asOwner,
  findGoal,
  findOwnMicroGoalsOfWeek,
  type GoalRow,
  insertGoalRevision,
  listPlannedSessions,
  resizeOwnGoalTarget,
  restoreOwnGoal,
  storedTargetOf,
} from "@stride/db/queries";
import { fitsParent, retitle } from "@stride/domain/goals";
import { addDaysTo, formatCalendarDate } from "@stride/domain/periods";
import { measureOf } from "@stride/domain/progress";
import { toStored } from "@stride/domain/units";
import { copyGoalIntoWeek } from "../../services/goal-copies";

/** Where a carry went: next week's goal, and its target before a merge (null when made). */
export type Carried = { goalId: string; targetBefore: number | null };

const weekOf = (goal: GoalRow) => formatCalendarDate(goal.periodStart, "d MMM");

/** Next week's goal takes a new amount: the title written from the old one and the plan follow. */
async function resize(
  db: Database,
  input: { viewerId: string; goal: GoalRow; targetValue: number | null; reason: string },
) {
  const { goal, targetValue } = input;
  if (targetValue === goal.targetValue) return;
  const from = storedTargetOf(goal);
  const to = from ? { ...from, value: targetValue } : null;
  const title = retitle(goal.title, from, to) ?? goal.title;
  await resizeOwnGoalTarget(db, { ownerId: input.viewerId, goalId: goal.id, targetValue, title });
  await insertGoalRevision(db, {
    goalId: goal.id,
    actorId: input.viewerId,
    kind: "updated",
    reason: input.reason,
    changes: {
      targetValue: { from: goal.targetValue, to: targetValue },
      ...(title !== goal.title ? { title: { from: goal.title, to: title } } : {}),
    },
  });
}

/**
 * Next week's micro goal carried from this week's. When the block already has its own goal for
 * next week (its ramp, an earlier carry), the carry merges with it: that week repeats this week's
 * amount instead of stepping up (never more than it planned), and no second goal is made beside
 * it. Otherwise a copy is made: the same plan a week later, under the same block while the block
 * covers that week, linked to the original. "Smaller" sets a new target amount.
 */
export async function carryToNextWeek(
  db: Database,
  input: { viewerId: string; goal: GoalRow; smallerValue: number | null },
): Promise<Carried> {
  const { viewerId, goal } = input;
  const start = addDaysTo(goal.periodStart, 7);
  const week = { start, end: addDaysTo(start, 6) };
  const wanted =
    input.smallerValue !== null && goal.targetUnit
      ? toStored(input.smallerValue, goal.targetUnit)
      : goal.targetValue;
  const parent = goal.parentId
    ? await findGoal(db, { viewer: asOwner(viewerId), goalId: goal.parentId })
    : undefined;
  const parentId =
    parent &&
    parent.archivedAt === null &&
    fitsParent("micro", week, { start: parent.periodStart, end: parent.periodEnd })
      ? parent.id
      : null;

  const target = storedTargetOf(goal);
  const existing = parentId
    ? (await findOwnMicroGoalsOfWeek(db, { ownerId: viewerId, weekStart: week.start })).find(
        (g) => {
          const theirs = storedTargetOf(g);
          return (
            g.parentId === parentId && theirs && target && measureOf(theirs) === measureOf(target)
          );
        },
      )
    : undefined;
  if (existing) {
    const merged =
      wanted === null || existing.targetValue === null
        ? existing.targetValue
        : Math.min(wanted, existing.targetValue);
    await resize(db, {
      viewerId,
      goal: existing,
      targetValue: merged,
      reason: `Carried from the check-in for the week of ${weekOf(goal)}: the week repeats`,
    });
    return { goalId: existing.id, targetBefore: existing.targetValue };
  }

  const carried = await copyGoalIntoWeek(db, {
    viewerId,
    source: goal,
    week,
    parentId,
    targetValue: wanted,
    sessions: await listPlannedSessions(db, { ownerId: viewerId, goalIds: [goal.id] }),
    // A smaller week shrinks every planned session by the same share.
    scale: goal.targetValue && wanted ? wanted / goal.targetValue : 1,
    reason: `Carried${input.smallerValue !== null ? ", smaller," : ""} from the check-in for the week of ${weekOf(goal)}`,
  });
  return { goalId: carried.id, targetBefore: null };
}

type Entry = { decision: "carry" | "carry_smaller" | "let_go" | null; smallerValue: number | null };

/**
 * Keeps next week's goal in line with the check-in's decision for one goal: carried on the first
 * carry, resized when "as it is" and "smaller" swap, and when the carry is withdrawn, archived if
 * the carry made it or put back to its own amount if the carry merged with it.
 */
export async function applyCarryDecision(
  db: Database,
  input: { viewerId: string; goal: GoalRow; entry: Entry; earlier: Carried | null },
): Promise<Carried | null> {
  const { viewerId, goal, entry, earlier } = input;
  const carrying = entry.decision === "carry" || entry.decision === "carry_smaller";
  const smallerValue = entry.decision === "carry_smaller" ? entry.smallerValue : null;
  const carried = earlier
    ? await findGoal(db, { viewer: asOwner(viewerId), goalId: earlier.goalId })
    : undefined;

  if (!carried) return carrying ? carryToNextWeek(db, { viewerId, goal, smallerValue }) : null;

  const merged = earlier?.targetBefore != null;
  if (!carrying) {
    if (merged) {
      await resize(db, {
        viewerId,
        goal: carried,
        targetValue: earlier?.targetBefore ?? null,
        reason: "The check-in no longer carries a week into it",
      });
      return null;
    }
    await archiveOwnGoal(db, { ownerId: viewerId, goalId: carried.id });
    await insertGoalRevision(db, {
      goalId: carried.id,
      actorId: viewerId,
      kind: "archived",
      reason: "The check-in no longer carries it",
      changes: {},
    });
    return null;
  }
  const asked =
    smallerValue !== null && goal.targetUnit
      ? toStored(smallerValue, goal.targetUnit)
      : goal.targetValue;
  const wanted = merged && asked !== null ? Math.min(asked, earlier?.targetBefore ?? asked) : asked;
  await resize(db, {
    viewerId,
    goal: carried,
    targetValue: wanted,
    reason: "Changed in the weekly check-in",
  });
  if (carried.archivedAt) await restoreOwnGoal(db, { ownerId: viewerId, goalId: carried.id });
  return { goalId: carried.id, targetBefore: earlier?.targetBefore ?? null };
}
