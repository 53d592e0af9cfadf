import { addCommentInput } from "@stride/domain/groups";
import { afterGoalComment } from "../../notify/social";
import { commentableGoalProcedure } from "../../procedures/social";
import { postComment } from "../../services/comments";

/** A comment (or a reply) on a goal, by the athlete or their coach. */
export const goalComment = commentableGoalProcedure
  .input(addCommentInput.omit({ checkinId: true }))
  .mutation(async ({ ctx, input }) => {
    const posted = await postComment(ctx, { goalId: ctx.goal.id }, input);
    if (posted.created) {
      await afterGoalComment(ctx, {
        commentId: posted.id,
        goal: ctx.goal,
        authorId: ctx.viewerId,
        parentId: input.parentId,
      });
    }
    return { id: posted.id };
  });
