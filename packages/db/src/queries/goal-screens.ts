import { and, asc, eq, gte, isNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { goalProgress, goals, plannedSessions } from "../schema";
import { ownMicroGoalsOfWeek } from "./goals";
import { asOwner, goalsVisibleTo, type Viewer } from "./policy";

// What the goal screens read in one statement each: goals with their tallies and what is shown
// beside them, so a screen's statement count does not grow with its goals.

/**
 * An athlete's goals the viewer may see (all of them for the athlete; for their coach, the ones
 * the athlete shows them) whose period overlaps [from, to], with what the tree shows beside
 * each: its tally, how many sessions it plans and how many checklist items it has (and ticked),
 * in one statement.
 */
export async function listGoalsInRangeWithProgress(
  db: Database,
  input: {
    viewer: Viewer;
    athleteId: string;
    from: string;
    to: string;
    includeArchived?: boolean;
  },
) {
  return db
    .select({
      goal: goals,
      tally: goalProgress.tally,
      plannedSessions:
        sql<number>`(select count(*) from ${plannedSessions} s where s.goal_id = ${goals.id})`.mapWith(
          Number,
        ),
      checklistItems:
        sql<number>`(select count(*) from checklist_items i where i.goal_id = ${goals.id})`.mapWith(
          Number,
        ),
      checklistDone:
        sql<number>`(select count(i.done_on) from checklist_items i where i.goal_id = ${goals.id})`.mapWith(
          Number,
        ),
    })
    .from(goals)
    .leftJoin(goalProgress, eq(goalProgress.goalId, goals.id))
    .where(
      and(
        eq(goals.athleteId, input.athleteId),
        goalsVisibleTo(input.viewer),
        lte(goals.periodStart, input.to),
        gte(goals.periodEnd, input.from),
        input.includeArchived ? undefined : isNull(goals.archivedAt),
      ),
    )
    .orderBy(asc(goals.position), asc(goals.periodStart));
}

const blockGoal = alias(goals, "block_goal");
const macroGoal = alias(goals, "macro_goal");
const blockProgress = alias(goalProgress, "block_progress");
const macroProgress = alias(goalProgress, "macro_progress");

/**
 * The athlete's micro goals of a week with the block and the macro goal above each, and the three
 * goals' tallies: what `/week` shows, in one statement.
 */
export async function findOwnWeekWithBlocks(
  db: Database,
  input: { ownerId: string; weekStart: string },
) {
  return db
    .select({
      micro: goals,
      microTally: goalProgress.tally,
      meso: blockGoal,
      mesoTally: blockProgress.tally,
      macro: macroGoal,
      macroTally: macroProgress.tally,
    })
    .from(goals)
    .leftJoin(goalProgress, eq(goalProgress.goalId, goals.id))
    .leftJoin(
      blockGoal,
      and(eq(blockGoal.id, goals.parentId), goalsVisibleTo(asOwner(input.ownerId), blockGoal)),
    )
    .leftJoin(blockProgress, eq(blockProgress.goalId, blockGoal.id))
    .leftJoin(
      macroGoal,
      and(eq(macroGoal.id, blockGoal.parentId), goalsVisibleTo(asOwner(input.ownerId), macroGoal)),
    )
    .leftJoin(macroProgress, eq(macroProgress.goalId, macroGoal.id))
    .where(ownMicroGoalsOfWeek(input))
    .orderBy(asc(goals.position));
}
