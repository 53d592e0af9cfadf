import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { pushSubscriptions } from "../schema";
import { ownRows } from "./policy";

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/**
 * Keeps a device's subscription. The endpoint names the device's browser profile: subscribing
 * again there (new keys, or another person signed in on it) replaces its row, so a device is
 * never pushed to for two people.
 */
export async function savePushSubscription(
  db: Database,
  values: { userId: string; endpoint: string; p256dh: string; auth: string; label: string },
) {
  const [row] = await db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: {
        userId: values.userId,
        p256dh: values.p256dh,
        auth: values.auth,
        label: values.label,
        createdAt: new Date(),
      },
    })
    .returning();
  if (!row) throw new Error("savePushSubscription returned no row");
  return row;
}

/** The person's own subscriptions, newest first. */
export async function listOwnPushSubscriptions(db: Database, ownerId: string) {
  return db
    .select()
    .from(pushSubscriptions)
    .where(ownRows(pushSubscriptions.userId, ownerId))
    .orderBy(desc(pushSubscriptions.createdAt));
}

/** Removes one of the person's own subscriptions; undefined when it is not theirs (or gone). */
export async function deleteOwnPushSubscription(
  db: Database,
  input: { ownerId: string; subscriptionId: string },
) {
  const [row] = await db
    .delete(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.id, input.subscriptionId),
        ownRows(pushSubscriptions.userId, input.ownerId),
      ),
    )
    .returning();
  return row;
}

/** The push service said this subscription is gone (404, 410): nothing is sent to it again. */
export async function deletePushSubscriptionByEndpoint(db: Database, endpoint: string) {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint));
}
