import {
  deleteOwnPushSubscription,
  listOwnPushSubscriptions,
  savePushSubscription,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { removePushInput, subscribePushInput } from "@stride/domain/push";
import { vapidKeys } from "../../services/push";
import { authedProcedure, router } from "../../trpc";

/** Web Push on the person's devices: the server's key to subscribe with, and their devices. */
export const pushRouter = router({
  /** The VAPID public key the browser subscribes with; null when this server sends no pushes. */
  publicKey: authedProcedure.query(() => ({ publicKey: vapidKeys()?.publicKey ?? null })),

  devices: authedProcedure.query(async ({ ctx }) => {
    const rows = await listOwnPushSubscriptions(ctx.db, ctx.viewerId);
    return rows.map((row) => ({
      id: row.id,
      label: row.label,
      createdAt: row.createdAt,
      // The device's own browser knows its endpoint: this is how it finds "this device".
      endpoint: row.endpoint,
    }));
  }),

  subscribe: authedProcedure.input(subscribePushInput).mutation(async ({ ctx, input }) => {
    const row = await savePushSubscription(ctx.db, {
      userId: ctx.viewerId,
      endpoint: input.endpoint,
      p256dh: input.keys.p256dh,
      auth: input.keys.auth,
      label: input.label,
    });
    return { id: row.id };
  }),

  remove: authedProcedure.input(removePushInput).mutation(async ({ ctx, input }) => {
    const removed = await deleteOwnPushSubscription(ctx.db, {
      ownerId: ctx.viewerId,
      subscriptionId: input.id,
    });
    if (!removed) throw new DomainError("NOT_FOUND", "That device was not found.");
    return { id: removed.id };
  }),
});
