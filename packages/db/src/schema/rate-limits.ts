import { integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { insertedAt, instant, partOf } from "./columns";
import { users } from "./users";

/** Fixed-window counters shared by every app instance (see queries/rate-limits.ts). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull(),
  expiresAt: instant(),
});

/**
 * Mutations already answered, by the idempotency key the client sent with them: a retry of the
 * same key gets the stored answer instead of doing the work twice. `response` stays null while
 * the first request is still running.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: partOf(() => users.id),
    key: text().notNull(),
    path: text().notNull(),
    response: jsonb(),
    createdAt: insertedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
