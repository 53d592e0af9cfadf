import { updateCommentBody } from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { commentBody } from "@stride/domain/groups";
import { z } from "zod";
import { commentChanged, loadVisibleComment } from "../../services/comments";
import { authedProcedure } from "../../trpc";

/** The author rewrites their comment. */
export const editComment = authedProcedure
  .input(z.object({ commentId: z.uuid("That comment id is not valid"), body: commentBody }))
  .mutation(async ({ ctx, input }) => {
    const comment = await loadVisibleComment(ctx, input.commentId);
    if (comment.authorId !== ctx.viewerId)
      throw new DomainError("FORBIDDEN", "You can only edit your own comments.");
    await updateCommentBody(ctx.db, {
      commentId: comment.id,
      authorId: ctx.viewerId,
      body: input.body,
    });
    await commentChanged(ctx.db, comment.checkinId);
    return { id: comment.id };
  });
