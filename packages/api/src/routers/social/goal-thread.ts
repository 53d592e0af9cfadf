import { listGoalComments } from "@stride/db/queries";
import { commentableGoalProcedure } from "../../procedures/social";
import { threadComments } from "../../services/threads";

/** The comments on a goal: the athlete's own, or their coach's view of it. */
export const goalThread = commentableGoalProcedure.query(async ({ ctx }) => {
  const comments = await listGoalComments(ctx.db, ctx.goal.id);
  return { comments: threadComments(comments, ctx.viewerId, ctx.goal.athleteId) };
});
