import { and, asc, desc, eq, ne, type SQL, sql } from "drizzle-orm";
import { queryRows } from "../backup/catalog";
import type { Database } from "../client";
import {
  checkinGoals,
  checkins,
  coachingLinks,
  comments,
  goals,
  groupMembers,
  profiles,
  reactions,
} from "../schema";
import { isAnyOf } from "./id-list";
import { lockForTransaction } from "./locks";
import { asReader, checkinsVisibleTo, memberOfGroup, sharedWithGroups } from "./policy";

/** A check-in the viewer may read: their own, their athlete's, or a fellow member's. */
export async function findVisibleCheckin(
  db: Database,
  input: { viewerId: string; checkinId: string },
) {
  const [row] = await db
    .select({
      id: checkins.id,
      athleteId: checkins.athleteId,
      weekStart: checkins.weekStart,
      visibility: checkins.visibility,
    })
    .from(checkins)
    .where(and(eq(checkins.id, input.checkinId), checkinsVisibleTo(asReader(input.viewerId))));
  return row;
}

const submittedMs = sql`date_trunc('milliseconds', ${checkins.submittedAt})`;

/**
 * One page of a group's feed for one of its members: check-ins its members shared with their
 * groups, newest first, after the cursor (submitted time, id).
 */
export async function listGroupFeedPage(
  db: Database,
  input: {
    viewerId: string;
    groupId: string;
    cursor: { submittedAt: Date; id: string } | null;
    limit: number;
  },
) {
  const { cursor } = input;
  return db
    .select({
      id: checkins.id,
      athleteId: checkins.athleteId,
      athleteName: profiles.name,
      weekStart: checkins.weekStart,
      weekEnd: checkins.weekEnd,
      wentWell: sql<string>`case when ${checkins.wentWellCoachOnly} then '' else ${checkins.wentWell} end`,
      gotInTheWay: sql<string>`case when ${checkins.gotInTheWayCoachOnly} then '' else ${checkins.gotInTheWay} end`,
      nextFocus: sql<string>`case when ${checkins.nextFocusCoachOnly} then '' else ${checkins.nextFocus} end`,
      // Mood and energy reach the group only when the athlete shares them.
      mood: sql<number | null>`case when ${checkins.shareMood} then ${checkins.mood} end`,
      energy: sql<number | null>`case when ${checkins.shareMood} then ${checkins.energy} end`,
      late: checkins.late,
      submittedAt: checkins.submittedAt,
    })
    .from(checkins)
    .innerJoin(
      groupMembers,
      and(eq(groupMembers.userId, checkins.athleteId), eq(groupMembers.groupId, input.groupId)),
    )
    .innerJoin(profiles, eq(profiles.userId, checkins.athleteId))
    .where(
      and(
        sharedWithGroups(checkins),
        memberOfGroup(input.viewerId, input.groupId),
        // Keyset paging on (time to the millisecond, id): a JavaScript Date keeps milliseconds,
        // so comparing at the database's microseconds would skip rows in the cursor's millisecond.
        cursor
          ? sql`(${submittedMs}, ${checkins.id}) < (${cursor.submittedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(submittedMs), desc(checkins.id))
    .limit(input.limit);
}

/** The outcomes of many check-ins at once, for goals shared with groups, with their titles. */
export async function listOutcomesFor(db: Database, checkinIds: readonly string[]) {
  if (checkinIds.length === 0) return [];
  return (
    db
      .select({
        checkinId: checkinGoals.checkinId,
        title: goals.title,
        outcome: checkinGoals.outcome,
      })
      .from(checkinGoals)
      .innerJoin(goals, eq(goals.id, checkinGoals.goalId))
      // Only goals the athlete shares with their groups: a private goal's title stays private.
      .where(and(isAnyOf(checkinGoals.checkinId, checkinIds), sharedWithGroups(goals)))
      .orderBy(asc(goals.position))
  );
}

const commentColumns = {
  id: comments.id,
  checkinId: comments.checkinId,
  goalId: comments.goalId,
  parentId: comments.parentId,
  authorId: comments.authorId,
  authorName: profiles.name,
  body: comments.body,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  /** Written by a coach of the athlete whose check-in or goal it is (shown as "Coach"). */
  byCoach: sql<boolean>`exists (
    select 1 from ${coachingLinks}
    where ${coachingLinks.coachId} = ${comments.authorId}
      and ${coachingLinks.endedAt} is null
      and ${coachingLinks.athleteId} = coalesce(
        (select ${checkins.athleteId} from ${checkins} where ${checkins.id} = ${comments.checkinId}),
        (select ${goals.athleteId} from ${goals} where ${goals.id} = ${comments.goalId}))
  )`,
};

/** The comments `where` picks, with their authors' names, oldest first. */
function listCommentsWhere(db: Database, where: SQL) {
  return db
    .select(commentColumns)
    .from(comments)
    .leftJoin(profiles, eq(profiles.userId, comments.authorId))
    .where(where)
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

/** Every comment on a goal, oldest first (the caller checked the viewer may see the goal). */
export async function listGoalComments(db: Database, goalId: string) {
  return listCommentsWhere(db, eq(comments.goalId, goalId));
}

/** Every comment of these check-ins, oldest first (the caller checked the viewer may see them). */
export async function listCommentsFor(db: Database, checkinIds: readonly string[]) {
  if (checkinIds.length === 0) return [];
  return listCommentsWhere(db, isAnyOf(comments.checkinId, checkinIds));
}

export async function findComment(db: Database, commentId: string) {
  const [row] = await db
    .select({
      ...commentColumns,
      subjectOwnerId: sql<string>`coalesce(${checkins.athleteId}, ${goals.athleteId})`,
    })
    .from(comments)
    .leftJoin(checkins, eq(checkins.id, comments.checkinId))
    .leftJoin(goals, eq(goals.id, comments.goalId))
    .leftJoin(profiles, eq(profiles.userId, comments.authorId))
    .where(eq(comments.id, commentId));
  return row;
}

/** Posts a comment once per client id: a retry returns the comment already posted (created: false). */
export async function insertCommentOnce(
  db: Database,
  input: {
    checkinId?: string;
    goalId?: string;
    authorId: string;
    parentId: string | null;
    body: string;
    clientId: string;
  },
) {
  const [inserted] = await db
    .insert(comments)
    .values(input)
    .onConflictDoNothing()
    .returning({ id: comments.id });
  if (inserted) return { id: inserted.id, created: true };
  const [existing] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.authorId, input.authorId), eq(comments.clientId, input.clientId)));
  return existing ? { id: existing.id, created: false } : undefined;
}

export async function updateCommentBody(
  db: Database,
  input: { commentId: string; authorId: string; body: string },
) {
  const [row] = await db
    .update(comments)
    .set({ body: input.body, editedAt: new Date() })
    .where(and(eq(comments.id, input.commentId), eq(comments.authorId, input.authorId)))
    .returning({ id: comments.id });
  return row;
}

export async function deleteComment(db: Database, commentId: string) {
  await db.delete(comments).where(eq(comments.id, commentId));
}

/** Reactions of these check-ins: who reacted with what. */
export async function listReactionsFor(db: Database, checkinIds: readonly string[]) {
  if (checkinIds.length === 0) return [];
  return db
    .select({
      checkinId: reactions.checkinId,
      kind: reactions.kind,
      userId: reactions.userId,
      name: profiles.name,
    })
    .from(reactions)
    .innerJoin(profiles, eq(profiles.userId, reactions.userId))
    .where(isAnyOf(reactions.checkinId, checkinIds))
    .orderBy(asc(reactions.createdAt));
}

/**
 * Adds the reaction, or takes it back if it was there: one of each kind per person. Toggles of
 * the same reaction take turns (a lock until commit), and each is one statement (a delete and an
 * insert that runs only if nothing was deleted), so every toggle flips what the one before it
 * left and no other request sees the reaction gone and back in between. True when it was added.
 */
export async function toggleReaction(
  db: Database,
  input: { checkinId: string; userId: string; kind: (typeof reactions.$inferSelect)["kind"] },
) {
  const { checkinId, userId, kind } = input;
  return db.transaction(async (tx) => {
    await lockForTransaction(tx, `reaction:${checkinId}:${userId}:${kind}`);
    const [row] = await queryRows<{ added: boolean }>(
      tx,
      sql`
    with removed as (
      delete from ${reactions}
      where ${reactions.checkinId} = ${checkinId} and ${reactions.userId} = ${userId}
        and ${reactions.kind} = ${kind}
      returning 1
    ), added as (
      insert into ${reactions} (checkin_id, user_id, kind)
      select ${checkinId}, ${userId}, ${kind} where not exists (select 1 from removed)
      on conflict do nothing
      returning 1
    )
    select exists (select 1 from added) as added`,
    );
    return Boolean(row?.added);
  });
}

/** The latest reaction on the check-in by anyone but `exceptUserId`, with its author's name. */
export async function findLatestReaction(
  db: Database,
  input: { checkinId: string; exceptUserId: string },
) {
  const [row] = await db
    .select({ userId: reactions.userId, kind: reactions.kind, name: profiles.name })
    .from(reactions)
    .innerJoin(profiles, eq(profiles.userId, reactions.userId))
    .where(and(eq(reactions.checkinId, input.checkinId), ne(reactions.userId, input.exceptUserId)))
    .orderBy(desc(reactions.createdAt))
    .limit(1);
  return row ?? null;
}

/** How many people other than `exceptUserId` have a reaction on the check-in. */
export async function countReactors(
  db: Database,
  input: { checkinId: string; exceptUserId: string },
) {
  const [row] = await db
    .select({ people: sql<number>`count(distinct ${reactions.userId})`.mapWith(Number) })
    .from(reactions)
    .where(and(eq(reactions.checkinId, input.checkinId), ne(reactions.userId, input.exceptUserId)));
  return row?.people ?? 0;
}
