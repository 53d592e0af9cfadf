import { listCommentsFor, listReactionsFor } from "@stride/db/queries";
import { visibleCheckinProcedure } from "../../procedures/social";
import { summariseReactions, threadComments } from "../../services/threads";

/** The comments and reactions on a check-in the viewer may see. */
export const thread = visibleCheckinProcedure.query(async ({ ctx }) => {
  const [comments, reactions] = await Promise.all([
    listCommentsFor(ctx.db, [ctx.checkin.id]),
    listReactionsFor(ctx.db, [ctx.checkin.id]),
  ]);
  return {
    comments: threadComments(comments, ctx.viewerId, ctx.checkin.athleteId),
    reactions: summariseReactions(reactions, ctx.viewerId),
  };
});
