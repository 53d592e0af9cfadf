import { EMAIL_TOKEN_PURPOSES } from "@stride/domain/accounts";
import { CHECKIN_VISIBILITIES, DISTANCE_UNITS, WEEK_DAYS } from "@stride/domain/profile";
import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, insertedAt, instant, partOf } from "./columns";

export const weekStartEnum = pgEnum("week_start", WEEK_DAYS);
export const distanceUnitEnum = pgEnum("distance_unit", DISTANCE_UNITS);
// The same values as goals' visibility; its own type keeps this table free of the goals schema.
export const checkinVisibilityEnum = pgEnum("checkin_visibility", CHECKIN_VISIBILITIES);

export const users = pgTable(
  "users",
  {
    id: id(),
    // Stored lower-cased (see normalizeEmail); the check makes a mixed-case duplicate impossible.
    email: text().notNull().unique(),
    passwordHash: text().notNull(),
    // Part of every session token; bumping it signs out every session issued before.
    sessionVersion: integer().notNull().default(1),
    /** When the owner opened the link mailed at sign-up; null until then (ARCHITECTURE.md). */
    emailVerifiedAt: instant(),
    createdAt: insertedAt(),
  },
  (t) => [check("users_email_lower_case", sql`${t.email} = lower(${t.email})`)],
);

export const profiles = pgTable("profiles", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  name: text().notNull(),
  timeZone: text().notNull().default("UTC"),
  weekStart: weekStartEnum().notNull().default("monday"),
  distanceUnit: distanceUnitEnum().notNull().default("km"),
  /** Who sees a new check-in unless the athlete chooses otherwise. */
  checkinVisibility: checkinVisibilityEnum().notNull().default("groups"),
  /** Notification kinds the person muted (no in-app notification is made for them). */
  mutedNotifications: text().array().notNull().default(sql`'{}'`),
  /** Bumped by every write that changes the athlete's progress: a triage snapshot made from an
   * older version is stale (docs/progress.md, "Read models"). */
  readVersion: integer().notNull().default(0),
  updatedAt: insertedAt(),
});

/**
 * Sessions ended by signing out, until they would have expired anyway: a copy of a signed-out
 * session cookie is refused, while the person's other sessions carry on.
 */
export const endedSessions = pgTable("ended_sessions", {
  sessionId: text().primaryKey(),
  userId: partOf(() => users.id),
  expiresAt: instant().notNull(),
});

export const emailTokenPurposeEnum = pgEnum("email_token_purpose", EMAIL_TOKEN_PURPOSES);

/**
 * Links sent by email that act for their holder (setting a new password, confirming the
 * address): only the token's hash is kept, each works once (`used_at`) and until `expires_at`.
 */
export const emailTokens = pgTable(
  "email_tokens",
  {
    tokenHash: text().primaryKey(),
    userId: partOf(() => users.id),
    purpose: emailTokenPurposeEnum().notNull(),
    expiresAt: instant().notNull(),
    usedAt: instant(),
    createdAt: insertedAt(),
  },
  (t) => [index("email_tokens_user_idx").on(t.userId, t.purpose)],
);
