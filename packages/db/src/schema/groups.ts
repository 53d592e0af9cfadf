import { REACTION_KINDS } from "@stride/domain/groups";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { checkins } from "./checkins";
import { id, insertedAt, instant, partOf } from "./columns";
import { goals } from "./goals";
import { users } from "./users";

export const groupRoleEnum = pgEnum("group_role", ["owner", "member"]);
export const reactionKindEnum = pgEnum("reaction_kind", REACTION_KINDS);

export const groups = pgTable("groups", {
  id: id(),
  name: text().notNull(),
  description: text().notNull().default(""),
  weeklyTheme: text().notNull().default(""),
  createdAt: insertedAt(),
});

export const groupMembers = pgTable(
  "group_members",
  {
    groupId: partOf(() => groups.id),
    userId: partOf(() => users.id),
    role: groupRoleEnum().notNull().default("member"),
    joinedAt: insertedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.userId] }),
    index("group_members_user_idx").on(t.userId),
    // A group has exactly one owner at a time.
    uniqueIndex("group_members_one_owner_idx").on(t.groupId).where(sql`${t.role} = 'owner'`),
  ],
);

/** An invitation link. Only a hash of its token is kept; revoking or using it up ends it. */
export const groupInvites = pgTable(
  "group_invites",
  {
    id: id(),
    groupId: partOf(() => groups.id),
    tokenHash: text().notNull().unique(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: instant().notNull(),
    maxUses: integer().notNull(),
    uses: integer().notNull().default(0),
    revokedAt: instant(),
    createdAt: insertedAt(),
  },
  (t) => [
    index("group_invites_group_idx").on(t.groupId),
    check("group_invites_uses", sql`${t.uses} <= ${t.maxUses}`),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: id(),
    /** What the comment is on: a check-in, or (coach and athlete only) a goal. */
    checkinId: uuid().references(() => checkins.id, { onDelete: "cascade" }),
    goalId: uuid().references(() => goals.id, { onDelete: "cascade" }),
    /** Null once the author deleted their account: shown as "deleted user". */
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Replies are one level deep: a reply's parent is a top-level comment. */
    parentId: uuid().references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    body: text().notNull(),
    /** Made by the client for each new comment, so a retry does not post it twice. */
    clientId: text().notNull(),
    createdAt: insertedAt(),
    editedAt: instant(),
  },
  (t) => [
    index("comments_checkin_idx").on(t.checkinId, t.createdAt),
    index("comments_goal_idx").on(t.goalId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
    check("comments_one_subject", sql`num_nonnulls(${t.checkinId}, ${t.goalId}) = 1`),
    uniqueIndex("comments_author_client_idx").on(t.authorId, t.clientId),
  ],
);

export const reactions = pgTable(
  "reactions",
  {
    checkinId: partOf(() => checkins.id),
    userId: partOf(() => users.id),
    kind: reactionKindEnum().notNull(),
    createdAt: insertedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.checkinId, t.userId, t.kind] }),
    index("reactions_user_idx").on(t.userId),
  ],
);
