import { addCommentInput } from "@stride/domain/groups";
import { afterComment } from "../../notify/social";
import { visibleCheckinProcedure } from "../../procedures/social";
import { postComment } from "../../services/comments";

/** A comment (or a reply) on a check-in the viewer may see. */
export const comment = visibleCheckinProcedure
  .input(addCommentInput.omit({ checkinId: true }))
  .mutation(async ({ ctx, input }) => {
    const posted = await postComment(ctx, { checkinId: ctx.checkin.id }, input);
    if (posted.created) {
      await afterComment(ctx, {
        commentId: posted.id,
        checkinId: ctx.checkin.id,
        checkinOwnerId: ctx.checkin.athleteId,
        weekStart: ctx.checkin.weekStart,
        visibility: ctx.checkin.visibility,
        authorId: ctx.viewerId,
        parentId: input.parentId,
        body: input.body,
      });
    }
    return { id: posted.id };
  });
