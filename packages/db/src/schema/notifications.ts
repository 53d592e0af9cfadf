import { NOTIFICATION_KINDS } from "@stride/domain/groups";
import { bigserial, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { checkins } from "./checkins";
import { id, insertedAt, instant, partOf } from "./columns";
import { comments, groups } from "./groups";
import { users } from "./users";

export const notificationKindEnum = pgEnum("notification_kind", NOTIFICATION_KINDS);

/** In-app notifications. Kept after reading, so an email digest can be built from them later. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: partOf(() => users.id),
    kind: notificationKindEnum().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    groupId: uuid().references(() => groups.id, { onDelete: "cascade" }),
    checkinId: uuid().references(() => checkins.id, { onDelete: "cascade" }),
    commentId: uuid().references(() => comments.id, { onDelete: "cascade" }),
    /** Where it leads, when not the group (a personal invitation's join link). */
    link: text(),
    /** The words shown, fixed when it happened ("Ben commented on your check-in"). */
    text: text().notNull(),
    createdAt: insertedAt(),
    readAt: instant(),
  },
  // Each reference has an index, so deleting a check-in, comment, group or person finds the
  // notifications it reaches without reading them all.
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_checkin_idx").on(t.checkinId),
    index("notifications_comment_idx").on(t.commentId),
    index("notifications_group_idx").on(t.groupId),
    index("notifications_actor_idx").on(t.actorId),
  ],
);

/**
 * Things that happened to check-ins, in order: live feeds replay what they missed from the last id
 * they saw, and Postgres NOTIFY wakes every app instance when a new one is written.
 */
export const liveEvents = pgTable(
  "live_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    checkinId: partOf(() => checkins.id),
    kind: text().notNull(),
    createdAt: insertedAt(),
  },
  (t) => [index("live_events_checkin_idx").on(t.checkinId, t.id)],
);
