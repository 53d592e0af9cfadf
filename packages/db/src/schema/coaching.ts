import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, insertedAt, instant, partOf } from "./columns";
import { goals } from "./goals";
import { users } from "./users";

/**
 * A coach ↔ athlete relation. Ending it sets `ended_at`: from that moment the coach's access is
 * gone (every coach query requires a link with no end). An athlete may have several coaches.
 */
export const coachingLinks = pgTable(
  "coaching_links",
  {
    id: id(),
    coachId: partOf(() => users.id),
    athleteId: partOf(() => users.id),
    /** The coach's own labels for the athlete ("half marathon group"). */
    tags: text().array().notNull().default(sql`'{}'`),
    /** The coach's week (its first day) in which they marked the athlete reviewed. */
    reviewedWeek: date({ mode: "string" }),
    startedAt: insertedAt(),
    endedAt: instant(),
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
 * An invitation to be coached. A link invitation (no invitee) works for anyone until it expires or
 * is withdrawn; an email invitation names one person and is answered once. `invitee_email` is the
 * address it was mailed to (lower-cased, as `users.email`): with no account behind it yet, it is
 * for whoever holds that address when answering, and answering it fills in `invitee_id`.
 */
export const coachInvites = pgTable(
  "coach_invites",
  {
    id: id(),
    coachId: partOf(() => users.id),
    tokenHash: text().notNull().unique(),
    inviteeId: uuid().references(() => users.id, { onDelete: "cascade" }),
    inviteeEmail: text(),
    expiresAt: instant().notNull(),
    revokedAt: instant(),
    response: coachInviteResponseEnum(),
    respondedAt: instant(),
    createdAt: insertedAt(),
  },
  (t) => [
    index("coach_invites_coach_idx").on(t.coachId),
    check("coach_invites_email_lower_case", sql`${t.inviteeEmail} = lower(${t.inviteeEmail})`),
  ],
);

/** A coach's own triage thresholds (missing: the defaults). */
export const coachSettings = pgTable("coach_settings", {
  coachId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  thresholds: jsonb().$type<Record<string, number>>().notNull(),
  updatedAt: insertedAt(),
});

/** A plan template: a meso goal and its weeks, kept as the validated template fields. */
export const planTemplates = pgTable(
  "plan_templates",
  {
    id: id(),
    coachId: partOf(() => users.id),
    name: text().notNull(),
    fields: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: insertedAt(),
    updatedAt: insertedAt(),
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
    id: id(),
    coachId: uuid().references(() => users.id, { onDelete: "set null" }),
    athleteId: partOf(() => users.id),
    kind: proposalKindEnum().notNull(),
    /** The goal a change is for. */
    goalId: uuid().references(() => goals.id, { onDelete: "cascade" }),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Words for the list: "Run 12 mi a week", "6 weeks: 10 to 15 mi/week". */
    summary: text().notNull(),
    note: text().notNull().default(""),
    status: proposalStatusEnum().notNull().default("pending"),
    responseNote: text().notNull().default(""),
    respondedAt: instant(),
    /** The goal the proposal made or changed, once accepted. */
    resultGoalId: uuid().references(() => goals.id, { onDelete: "set null" }),
    templateId: uuid().references(() => planTemplates.id, { onDelete: "set null" }),
    createdAt: insertedAt(),
  },
  (t) => [
    index("goal_proposals_athlete_idx").on(t.athleteId, t.status),
    index("goal_proposals_coach_idx").on(t.coachId, t.status),
    index("goal_proposals_goal_idx").on(t.goalId),
  ],
);
