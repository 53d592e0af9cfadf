import { deleteFeed, hasFeed, replaceFeedToken } from "@stride/db/queries";
import { newToken } from "../../services/tokens";
import { authedProcedure, router } from "../../trpc";

export const calendarRouter = router({
  status: authedProcedure.query(async ({ ctx }) => ({
    subscribed: await hasFeed(ctx.db, ctx.viewerId),
  })),

  /** A new private feed path; any earlier one stops working. The token is shown only now. */
  subscribe: authedProcedure.mutation(async ({ ctx }) => {
    const { token, tokenHash } = newToken();
    await replaceFeedToken(ctx.db, ctx.viewerId, tokenHash);
    return { path: `/api/calendar/${token}` };
  }),

  unsubscribe: authedProcedure.mutation(async ({ ctx }) => {
    await deleteFeed(ctx.db, ctx.viewerId);
    return { subscribed: false };
  }),
});
