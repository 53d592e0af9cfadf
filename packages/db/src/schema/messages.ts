import { MESSAGE_KINDS } from "@stride/domain/messages";
import { boolean, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { insertedAt, instant, partOf } from "./columns";
import { users } from "./users";

export const messageKindEnum = pgEnum("message_kind", MESSAGE_KINDS);

/**
 * Which kinds of message (email) a person wants, where they chose; a kind with no row has its
 * default (`wantedByDefault`). Written by /settings and by one-click unsubscribe links.
 */
export const messagePreferences = pgTable(
  "message_preferences",
  {
    userId: partOf(() => users.id),
    kind: messageKindEnum().notNull(),
    wanted: boolean().notNull(),
    updatedAt: insertedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** When, before the week ends, an athlete wants the check-in reminder (hours); one row each. */
export const reminderSettings = pgTable("reminder_settings", {
  userId: partOf(() => users.id).primaryKey(),
  hoursBefore: integer().notNull(),
});

/**
 * Each scheduled message sent (or being sent) once, by person, kind and period (e.g. the week):
 * the key makes a second send of the same message impossible, however many workers run. A row
 * whose `sentAt` is null is a send in progress; a failed send removes its row to be tried again.
 */
export const sentMessages = pgTable(
  "sent_messages",
  {
    userId: partOf(() => users.id),
    kind: messageKindEnum().notNull(),
    period: text().notNull(),
    claimedAt: insertedAt(),
    sentAt: instant(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.period] })],
);
