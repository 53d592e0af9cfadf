import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { goals } from "./goals";
import { users } from "./users";

/**
 * A coach ↔ athlete relation. Ending it sets `ended_at`: from that moment the coach's access is
 * gone (every coach query requires a link with no end). An athlete may have several coaches.
 */
export const coachingLinks = pgTable(
  "coaching_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    coachId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The coach's own labels for the athlete ("half marathon group"). */
    tags: text().array().notNull().default(sql`'{}'`),
    /** The coach's week (its first day) in which they marked the athlete reviewed. */
    reviewedWeek: date({ mode: "string" }),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    endedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("coaching_links_active_idx")
      .on(t.coachId, t.athleteId)
      .where(sql`${t.endedAt} is null`),
    index("coaching_links_athlete_idx").on(t.athleteId),
    check("coaching_links_not_self", sql`${t.coachId} <> ${t.athleteId}`),
  ],
);

export const coachInviteResponseEnum = pgEnum("coach_invite_response", ["accepted", "declined"]);

/**
 * An invitation to be coached. A link invitation (no `invitee_id`) works for anyone until it
 * expires or is withdrawn; an email invitation names one person and is answered once.
 */
export const coachInvites = pgTable(
  "coach_invites",
  {
    id: uuid().primaryKey().defaultRandom(),
    coachId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    inviteeId: uuid().references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    response: coachInviteResponseEnum(),
    respondedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("coach_invites_coach_idx").on(t.coachId)],
);

/** A coach's own triage thresholds (missing: the defaults). */
export const coachSettings = pgTable("coach_settings", {
  coachId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  thresholds: jsonb().$type<Record<string, number>>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A plan template: a meso goal and its weeks, kept as the validated template fields. */
export const planTemplates = pgTable(
  "plan_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    coachId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    fields: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_templates_coach_idx").on(t.coachId)],
);

export const proposalKindEnum = pgEnum("proposal_kind", ["goal", "change", "plan"]);
export const proposalStatusEnum = pgEnum("proposal_status", [
  "pending",
  "accepted",
  "declined",
  "withdrawn",
]);

/**
 * A coach's proposal: a new goal, a change to a goal, or a whole plan from a template. Nothing
 * changes until the athlete accepts; accepting moves `status` from pending once, so it applies once.
 */
export const goalProposals = pgTable(
  "goal_proposals",
  {
    id: uuid().primaryKey().defaultRandom(),
    coachId: uuid().references(() => users.id, { onDelete: "set null" }),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: proposalKindEnum().notNull(),
    /** The goal a change is for. */
    goalId: uuid().references(() => goals.id, { onDelete: "cascade" }),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Words for the list: "Run 12 mi a week", "6 weeks: 10 to 15 mi/week". */
    summary: text().notNull(),
    note: text().notNull().default(""),
    status: proposalStatusEnum().notNull().default("pending"),
    responseNote: text().notNull().default(""),
    respondedAt: timestamp({ withTimezone: true }),
    /** The goal the proposal made or changed, once accepted. */
    resultGoalId: uuid().references(() => goals.id, { onDelete: "set null" }),
    templateId: uuid().references(() => planTemplates.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("goal_proposals_athlete_idx").on(t.athleteId, t.status),
    index("goal_proposals_coach_idx").on(t.coachId, t.status),
    index("goal_proposals_goal_idx").on(t.goalId),
  ],
);
