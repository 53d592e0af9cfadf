import { and, asc, eq, gt, gte, isNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { checkinGoals, checkins, comments, goals } from "../schema";
import { isAnyOf } from "./id-list";
import {
  asCoach,
  checkinsVisibleTo,
  coachedBy,
  goalsVisibleTo,
  shownToCoach,
  type Viewer,
} from "./policy";

// The triage reads a whole roster in a fixed number of queries: each one covers every athlete the
// coach coaches (the policy in its WHERE), never one athlete at a time.

/**
 * Goals the viewer may see overlapping [from, to], of some athletes or (for a coach) of all they
 * may see: the triage reads its whole roster with this.
 */
export async function listGoalsInRange(
  db: Database,
  input: { viewer: Viewer; from: string; to: string; athleteIds?: readonly string[] },
) {
  return db
    .select()
    .from(goals)
    .where(
      and(
        goalsVisibleTo(input.viewer),
        input.athleteIds ? isAnyOf(goals.athleteId, input.athleteIds) : undefined,
        isNull(goals.archivedAt),
        lte(goals.periodStart, input.to),
        gte(goals.periodEnd, input.from),
      ),
    )
    .orderBy(asc(goals.position), asc(goals.periodStart));
}

const micro = alias(goals, "micro");
const block = alias(goals, "block");

export type CheckinOutcomeSummary = {
  mesoId: string | null;
  mesoTitle: string | null;
  outcome: "hit" | "partial" | "missed" | "excused";
};

/**
 * Check-ins of the coach's athletes since a week, each with its outcomes and the meso goal of
 * each micro goal: one row per check-in. Private check-ins, and private goals' outcomes and
 * titles, are left out.
 */
export async function listCoachRecentCheckins(
  db: Database,
  input: { coachId: string; from: string; athleteIds?: readonly string[] },
) {
  const rows = await db
    .select({
      id: checkins.id,
      athleteId: checkins.athleteId,
      weekStart: checkins.weekStart,
      weekEnd: checkins.weekEnd,
      mood: checkins.mood,
      energy: checkins.energy,
      late: checkins.late,
      submittedAt: checkins.submittedAt,
      outcomes: sql<CheckinOutcomeSummary[] | null>`coalesce(json_agg(json_build_object(
        'mesoId', ${block.id}, 'mesoTitle', ${block.title}, 'outcome', ${checkinGoals.outcome}
      )) filter (where ${micro.id} is not null), '[]'::json)`,
    })
    .from(checkins)
    .leftJoin(checkinGoals, eq(checkinGoals.checkinId, checkins.id))
    // Only goals the athlete shows their coach: a private goal's outcome and title stay private.
    .leftJoin(micro, and(eq(micro.id, checkinGoals.goalId), shownToCoach(micro)))
    .leftJoin(
      block,
      and(eq(block.id, micro.parentId), eq(block.level, "meso"), shownToCoach(block)),
    )
    .where(
      and(
        checkinsVisibleTo(asCoach(input.coachId)),
        input.athleteIds ? isAnyOf(checkins.athleteId, input.athleteIds) : undefined,
        gte(checkins.weekEnd, input.from),
      ),
    )
    .groupBy(checkins.id)
    .orderBy(asc(checkins.weekStart));
  return rows.map((row) => ({ ...row, outcomes: row.outcomes ?? [] }));
}

/**
 * Per athlete, their comments from the last weeks still waiting for this coach: on one of their
 * goals with no comment from the coach since, or in a check-in thread where the coach spoke
 * before and has not spoken since (a chat with group members is not the coach's to answer).
 */
export async function countUnansweredComments(
  db: Database,
  input: { coachId: string; since: Date },
) {
  const owner = sql<string>`coalesce(${checkins.athleteId}, ${goals.athleteId})`;
  const thread = sql`coalesce(${comments.parentId}, ${comments.id})`;
  const coachOnGoal = sql`exists (
    select 1 from ${comments} as other
    where other.goal_id = ${comments.goalId} and other.author_id = ${input.coachId}
      and other.created_at > ${comments.createdAt})`;
  const coachInThread = (when: "before" | "after") => sql`exists (
    select 1 from ${comments} as other
    where coalesce(other.parent_id, other.id) = ${thread} and other.author_id = ${input.coachId}
      and other.created_at ${when === "before" ? sql`<` : sql`>`} ${comments.createdAt})`;
  return db
    .select({ athleteId: owner, count: sql<number>`count(*)`.mapWith(Number) })
    .from(comments)
    .leftJoin(checkins, eq(checkins.id, comments.checkinId))
    .leftJoin(goals, eq(goals.id, comments.goalId))
    .where(
      and(
        gt(comments.createdAt, input.since),
        sql`${comments.authorId} = ${owner}`,
        coachedBy(input.coachId, owner),
        sql`coalesce(${checkins.visibility}, ${goals.visibility}) <> 'private'`,
        sql`case when ${comments.goalId} is not null then not ${coachOnGoal}
          else ${coachInThread("before")} and not ${coachInThread("after")} end`,
      ),
    )
    .groupBy(owner);
}
