import { deleteComment as deleteCommentRow } from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { z } from "zod";
import { commentChanged, loadVisibleComment } from "../../services/comments";
import { authedProcedure } from "../../trpc";

/** The author, or the owner of the check-in or goal it is on, deletes a comment. */
export const deleteComment = authedProcedure
  .input(z.object({ commentId: z.uuid("That comment id is not valid") }))
  .mutation(async ({ ctx, input }) => {
    const comment = await loadVisibleComment(ctx, input.commentId);
    if (comment.authorId !== ctx.viewerId && comment.subjectOwnerId !== ctx.viewerId) {
      // The comment is visible to the caller (loadVisibleComment), so FORBIDDEN leaks nothing.
      throw new DomainError(
        "FORBIDDEN",
        "You can only delete your own comments, or comments on your own check-in or goal.",
      );
    }
    await deleteCommentRow(ctx.db, comment.id);
    await commentChanged(ctx.db, comment.checkinId);
    return { id: comment.id };
  });
