import {
  countUnreadNotifications,
  getMutedNotifications,
  listNotifications,
  markNotificationsRead,
  setMutedNotifications,
} from "@stride/db/queries";
import { NOTIFICATION_KINDS } from "@stride/domain/groups";
import { z } from "zod";
import { authedProcedure, router } from "../../trpc";

export const notificationsRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const [items, unread] = await Promise.all([
      listNotifications(ctx.db, { ownerId: ctx.viewerId, limit: 50 }),
      countUnreadNotifications(ctx.db, ctx.viewerId),
    ]);
    return { items, unread };
  }),

  unreadCount: authedProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.viewerId)),

  markRead: authedProcedure
    .input(z.object({ ids: z.array(z.uuid("That notification id is not valid")).min(1).max(100) }))
    .mutation(async ({ ctx, input }) => ({
      marked: await markNotificationsRead(ctx.db, { ownerId: ctx.viewerId, ids: input.ids }),
    })),

  markAllRead: authedProcedure.mutation(async ({ ctx }) => ({
    marked: await markNotificationsRead(ctx.db, { ownerId: ctx.viewerId, ids: "all" }),
  })),

  settings: authedProcedure.query(async ({ ctx }) => ({
    muted: await getMutedNotifications(ctx.db, ctx.viewerId),
  })),

  mute: authedProcedure
    .input(
      z.object({
        muted: z.array(z.enum(NOTIFICATION_KINDS, { error: "Pick a kind of notification" })).max(6),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await setMutedNotifications(ctx.db, {
        ownerId: ctx.viewerId,
        kinds: [...new Set(input.muted)],
      });
      return { muted: input.muted };
    }),
});
