import { index, pgTable, text } from "drizzle-orm/pg-core";
import { id, insertedAt, partOf } from "./columns";
import { users } from "./users";

/**
 * Web Push subscriptions, one per device (browser profile): the push service's endpoint is
 * unique, so subscribing again on a device replaces its row. Dropped when the push service answers
 * 404 or 410 (the subscription is gone) and when the person removes it in /settings.
 */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: id(),
    userId: partOf(() => users.id),
    endpoint: text().notNull().unique(),
    /** The browser's P-256 public key and auth secret (base64url), for the payload encryption. */
    p256dh: text().notNull(),
    auth: text().notNull(),
    /** "Chrome on Android", from the user agent when it subscribed: which device this is. */
    label: text().notNull(),
    createdAt: insertedAt(),
  },
  (t) => [index("push_subscriptions_user_idx").on(t.userId, t.createdAt)],
);
