import { messagePreferencesOf, saveMessagePreferences } from "@stride/db/queries";
import { messagePreferencesInput, unsubscribeInput } from "@stride/domain/messages";
import { unsubscribeWithToken } from "../../services/messages";
import { authedProcedure, publicProcedure, router } from "../../trpc";

// Which emails the caller gets (reminders, coach activity, mentions, digests) and when the
// check-in reminder comes: their own settings only.
export const messagesRouter = router({
  preferences: authedProcedure.query(({ ctx }) => messagePreferencesOf(ctx.db, ctx.viewerId)),

  savePreferences: authedProcedure
    .input(messagePreferencesInput)
    .mutation(async ({ ctx, input }) => {
      await saveMessagePreferences(ctx.db, ctx.viewerId, input);
      return messagePreferencesOf(ctx.db, ctx.viewerId);
    }),

  /** The unsubscribe page's button: no session needed, the signed token says who and what. */
  unsubscribe: publicProcedure
    .input(unsubscribeInput)
    .mutation(({ ctx, input }) => unsubscribeWithToken(ctx.db, input.token)),
});
