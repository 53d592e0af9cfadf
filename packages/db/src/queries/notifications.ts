import { and, asc, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  checkins,
  coachingLinks,
  groupMembers,
  liveEvents,
  notifications,
  profiles,
} from "../schema";
import { isAnyOf } from "./id-list";
import { lockForTransaction } from "./locks";
import { liveLinkBetween, ownRows } from "./policy";

export type NotificationKind = (typeof notifications.$inferSelect)["kind"];
export type NewNotification = typeof notifications.$inferInsert;

/** Creates notifications, leaving out anyone who muted that kind (and anyone notifying themselves). */
export async function notify(db: Database, rows: readonly NewNotification[]) {
  const wanted = rows.filter((row) => row.userId !== row.actorId);
  if (wanted.length === 0) return 0;
  const muted = await db
    .select({ userId: profiles.userId, muted: profiles.mutedNotifications })
    .from(profiles)
    .where(isAnyOf(profiles.userId, [...new Set(wanted.map((r) => r.userId))]));
  const mutes = new Map(muted.map((m) => [m.userId, new Set(m.muted)]));
  const kept = wanted.filter((row) => !mutes.get(row.userId)?.has(row.kind));
  if (kept.length > 0) await db.insert(notifications).values(kept);
  return kept.length;
}

/**
 * One unread reaction notification per check-in for its owner: a new reaction rewrites and
 * raises the one already waiting instead of adding another, so a burst of reactions (or toggling
 * one on and off) leaves one line. The lock keeps two reactions at once from both inserting.
 */
export async function notifyReaction(
  db: Database,
  row: NewNotification & { kind: "reaction"; checkinId: string },
) {
  if (row.userId === row.actorId) return;
  await db.transaction(async (tx) => {
    await lockForTransaction(tx, `reaction-notice:${row.userId}:${row.checkinId}`);
    const [owner] = await tx
      .select({ muted: profiles.mutedNotifications })
      .from(profiles)
      .where(eq(profiles.userId, row.userId));
    if (owner?.muted.includes("reaction")) return;
    const raised = await tx
      .update(notifications)
      .set({ actorId: row.actorId, text: row.text, createdAt: new Date() })
      .where(
        and(
          eq(notifications.userId, row.userId),
          eq(notifications.checkinId, row.checkinId),
          eq(notifications.kind, "reaction"),
          isNull(notifications.readAt),
        ),
      )
      .returning({ id: notifications.id });
    if (raised.length === 0) await tx.insert(notifications).values(row);
  });
}

/**
 * After a reaction is taken back: the owner's unread reaction notice for the check-in names the
 * latest reaction still there (`text`, `actorId`), or goes when none is left. A notice already
 * read stays, as it was.
 */
export async function retractReactionNotice(
  db: Database,
  input: { userId: string; checkinId: string; still: { actorId: string; text: string } | null },
) {
  const waiting = and(
    eq(notifications.userId, input.userId),
    eq(notifications.checkinId, input.checkinId),
    eq(notifications.kind, "reaction"),
    isNull(notifications.readAt),
  );
  await db.transaction(async (tx) => {
    await lockForTransaction(tx, `reaction-notice:${input.userId}:${input.checkinId}`);
    if (input.still) await tx.update(notifications).set(input.still).where(waiting);
    else await tx.delete(notifications).where(waiting);
  });
}

export async function listNotifications(db: Database, input: { ownerId: string; limit: number }) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      text: notifications.text,
      groupId: notifications.groupId,
      checkinId: notifications.checkinId,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(ownRows(notifications.userId, input.ownerId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit);
}

/**
 * The owner's unread notifications of these kinds created after `since`, oldest first: what a
 * batched email lists. `fromCoaches`: only those whose actor coaches the owner now.
 */
export async function listUnreadNotificationsSince(
  db: Database,
  input: {
    ownerId: string;
    kinds: readonly NotificationKind[];
    since: Date;
    fromCoaches: boolean;
    limit: number;
  },
) {
  const coaches = db
    .select({ coachId: coachingLinks.coachId })
    .from(coachingLinks)
    .where(liveLinkBetween({ athleteId: input.ownerId }));
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      text: notifications.text,
      link: notifications.link,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(
      and(
        ownRows(notifications.userId, input.ownerId),
        inArray(notifications.kind, [...input.kinds]),
        gt(notifications.createdAt, input.since),
        isNull(notifications.readAt),
        input.fromCoaches ? inArray(notifications.actorId, coaches) : undefined,
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(input.limit);
}

export async function countUnreadNotifications(db: Database, ownerId: string) {
  return db.$count(
    notifications,
    and(ownRows(notifications.userId, ownerId), isNull(notifications.readAt)),
  );
}

export async function markNotificationsRead(
  db: Database,
  input: { ownerId: string; ids: readonly string[] | "all" },
) {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        ownRows(notifications.userId, input.ownerId),
        isNull(notifications.readAt),
        input.ids === "all" ? undefined : inArray(notifications.id, [...input.ids]),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function setMutedNotifications(
  db: Database,
  input: { ownerId: string; kinds: readonly string[] },
) {
  await db
    .update(profiles)
    .set({ mutedNotifications: [...input.kinds] })
    .where(ownRows(profiles.userId, input.ownerId));
}

export async function getMutedNotifications(db: Database, ownerId: string) {
  const [row] = await db
    .select({ muted: profiles.mutedNotifications })
    .from(profiles)
    .where(ownRows(profiles.userId, ownerId));
  return row?.muted ?? [];
}

export const LIVE_CHANNEL = "stride_live";

/** Past this many groups a NOTIFY names "all" instead (its payload must stay under 8,000 bytes). */
const MAX_NOTIFIED_GROUPS = 150;

/**
 * Records that a check-in changed (a comment, a reaction) and wakes every app instance listening
 * on the channel, naming the groups whose feeds show the check-in (its athlete's groups, when it
 * is shared with them), so each instance wakes only those groups' streams. Computed in the NOTIFY
 * statement itself: no extra round trip. Inside a transaction the NOTIFY is sent at commit,
 * never for a rollback.
 */
export async function recordLiveEvent(db: Database, input: { checkinId: string; kind: string }) {
  const [row] = await db.insert(liveEvents).values(input).returning({ id: liveEvents.id });
  const id = row?.id ?? 0;
  await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, (
    select json_build_object('id', ${id}::bigint, 'groups', case
      when count(*) > ${MAX_NOTIFIED_GROUPS} then to_json('all'::text)
      else coalesce(json_agg(${groupMembers.groupId}), '[]'::json) end)::text
    from ${groupMembers} join ${checkins} on ${checkins.athleteId} = ${groupMembers.userId}
    where ${checkins.id} = ${input.checkinId} and ${checkins.visibility} = 'groups'))`);
  return id;
}

/** Events after `afterId` on check-ins shared with the group, for a member's live feed. */
export async function listGroupLiveEventsAfter(
  db: Database,
  input: { groupId: string; afterId: number },
) {
  return db
    .select({ id: liveEvents.id, checkinId: liveEvents.checkinId, kind: liveEvents.kind })
    .from(liveEvents)
    .innerJoin(checkins, eq(checkins.id, liveEvents.checkinId))
    .innerJoin(
      groupMembers,
      and(eq(groupMembers.userId, checkins.athleteId), eq(groupMembers.groupId, input.groupId)),
    )
    .where(and(gt(liveEvents.id, input.afterId), eq(checkins.visibility, "groups")))
    .orderBy(liveEvents.id)
    .limit(200);
}

export async function latestLiveEventId(db: Database) {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${liveEvents.id}), 0)`.mapWith(Number) })
    .from(liveEvents);
  return row?.id ?? 0;
}

/**
 * Members of any group that both people are in, by name: whom a comment may @mention. Each comes
 * once, with one of those groups (the first by id), whose feed shows them the check-in.
 */
export async function listSharedGroupMembers(db: Database, input: { a: string; b: string }) {
  return db
    .selectDistinctOn([profiles.userId], {
      userId: profiles.userId,
      name: profiles.name,
      groupId: groupMembers.groupId,
    })
    .from(groupMembers)
    .innerJoin(profiles, eq(profiles.userId, groupMembers.userId))
    .where(
      sql`${groupMembers.groupId} in (
        select x.group_id from ${groupMembers} x join ${groupMembers} y on y.group_id = x.group_id
        where x.user_id = ${input.a} and y.user_id = ${input.b}
      )`,
    )
    .orderBy(profiles.userId, groupMembers.groupId);
}

/** Wakes a group's live feeds (to re-check who may still listen) without recording an event. */
export async function wakeLiveFeeds(db: Database, groupId: string) {
  await db.execute(
    sql`select pg_notify(${LIVE_CHANNEL}, json_build_object('groups', json_build_array(${groupId}::uuid))::text)`,
  );
}
