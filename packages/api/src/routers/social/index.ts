import {
  deleteComment,
  findComment,
  findGoalForComments,
  findVisibleCheckin,
  insertCommentOnce,
  listCommentsFor,
  listGoalComments,
  listReactionsFor,
  recordLiveEvent,
  toggleReaction,
  updateCommentBody,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { addCommentInput, commentBody, REACTION_KINDS } from "@stride/domain/groups";
import { z } from "zod";
import { spendLimit } from "../../limits";
import { afterComment, afterGoalComment, afterReaction } from "../../notify/social";
import { summariseReactions, threadComments } from "../../services/threads";
import { authedProcedure, router } from "../../trpc";

const CHECKIN_NOT_FOUND = "That check-in was not found.";
const COMMENT_NOT_FOUND = "That comment was not found.";
const GOAL_NOT_FOUND = "That goal was not found.";

/** A check-in the viewer may see (their own, or shared with a group they are in). */
const visibleCheckinProcedure = authedProcedure
  .input(z.object({ checkinId: z.uuid("That check-in id is not valid") }))
  .use(async ({ ctx, input, next }) => {
    const checkin = await findVisibleCheckin(ctx.db, {
      viewerId: ctx.viewerId,
      checkinId: input.checkinId,
    });
    if (!checkin) throw new DomainError("NOT_FOUND", CHECKIN_NOT_FOUND);
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, checkin } });
  });

/** A goal whose comments the viewer may read and join: their own, or as the athlete's coach. */
const commentableGoalProcedure = authedProcedure
  .input(z.object({ goalId: z.uuid("That goal id is not valid") }))
  .use(async ({ ctx, input, next }) => {
    const goal = await findGoalForComments(ctx.db, {
      viewerId: ctx.viewerId,
      goalId: input.goalId,
    });
    if (!goal) throw new DomainError("NOT_FOUND", GOAL_NOT_FOUND);
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, goal } });
  });

/** A comment on a check-in or goal the viewer may see. */
async function loadVisibleComment(
  ctx: { db: Parameters<typeof findComment>[0]; viewerId: string },
  commentId: string,
) {
  const comment = await findComment(ctx.db, commentId);
  if (!comment) throw new DomainError("NOT_FOUND", COMMENT_NOT_FOUND);
  const { viewerId } = ctx;
  const visible = comment.checkinId
    ? await findVisibleCheckin(ctx.db, { viewerId, checkinId: comment.checkinId })
    : comment.goalId
      ? await findGoalForComments(ctx.db, { viewerId, goalId: comment.goalId })
      : undefined;
  if (!visible) throw new DomainError("NOT_FOUND", COMMENT_NOT_FOUND);
  return comment;
}

/** A reply goes under a top-level comment on the same check-in or goal. */
async function assertReplyParent(
  db: Parameters<typeof findComment>[0],
  parentId: string | null,
  subject: { checkinId?: string; goalId?: string },
) {
  if (!parentId) return;
  const parent = await findComment(db, parentId);
  const same =
    parent &&
    (subject.checkinId ? parent.checkinId === subject.checkinId : parent.goalId === subject.goalId);
  if (!same) throw new DomainError("NOT_FOUND", COMMENT_NOT_FOUND);
  if (parent.parentId !== null) {
    throw new DomainError(
      "INVALID",
      "Reply to the first comment of the thread; replies go one level deep.",
      { field: "parentId" },
    );
  }
}

async function liveEventFor(db: Parameters<typeof findComment>[0], checkinId: string | null) {
  if (checkinId) await recordLiveEvent(db, { checkinId, kind: "comment" });
}

export const socialRouter = router({
  thread: visibleCheckinProcedure.query(async ({ ctx }) => {
    const [comments, reactions] = await Promise.all([
      listCommentsFor(ctx.db, [ctx.checkin.id]),
      listReactionsFor(ctx.db, [ctx.checkin.id]),
    ]);
    return {
      comments: threadComments(comments, ctx.viewerId, ctx.checkin.athleteId),
      reactions: summariseReactions(reactions, ctx.viewerId),
    };
  }),

  comment: visibleCheckinProcedure
    .input(addCommentInput.omit({ checkinId: true }))
    .mutation(async ({ ctx, input }) => {
      await assertReplyParent(ctx.db, input.parentId, { checkinId: ctx.checkin.id });
      await spendLimit(ctx.db, "comment", ctx.viewerId);
      const posted = await insertCommentOnce(ctx.db, {
        checkinId: ctx.checkin.id,
        authorId: ctx.viewerId,
        parentId: input.parentId,
        body: input.body,
        clientId: input.clientId,
      });
      if (!posted) throw new DomainError("CONFLICT", "That comment could not be saved; try again.");
      // A retry of a comment already posted notifies nobody twice.
      if (posted.created) {
        await afterComment(ctx.db, {
          commentId: posted.id,
          checkinId: ctx.checkin.id,
          checkinOwnerId: ctx.checkin.athleteId,
          visibility: ctx.checkin.visibility,
          authorId: ctx.viewerId,
          parentId: input.parentId,
          body: input.body,
        });
      }
      return { id: posted.id };
    }),

  editComment: authedProcedure
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
      await liveEventFor(ctx.db, comment.checkinId);
      return { id: comment.id };
    }),

  deleteComment: authedProcedure
    .input(z.object({ commentId: z.uuid("That comment id is not valid") }))
    .mutation(async ({ ctx, input }) => {
      const comment = await loadVisibleComment(ctx, input.commentId);
      // The author, or the owner of the check-in or goal it is on.
      if (comment.authorId !== ctx.viewerId && comment.subjectOwnerId !== ctx.viewerId) {
        // The comment is visible to the caller (loadVisibleComment), so FORBIDDEN leaks nothing.
        throw new DomainError(
          "FORBIDDEN",
          "You can only delete your own comments, or comments on your own check-in or goal.",
        );
      }
      await deleteComment(ctx.db, comment.id);
      await liveEventFor(ctx.db, comment.checkinId);
      return { id: comment.id };
    }),

  goalThread: commentableGoalProcedure.query(async ({ ctx }) => {
    const comments = await listGoalComments(ctx.db, ctx.goal.id);
    return { comments: threadComments(comments, ctx.viewerId, ctx.goal.athleteId) };
  }),

  goalComment: commentableGoalProcedure
    .input(addCommentInput.omit({ checkinId: true }))
    .mutation(async ({ ctx, input }) => {
      await assertReplyParent(ctx.db, input.parentId, { goalId: ctx.goal.id });
      await spendLimit(ctx.db, "comment", ctx.viewerId);
      const posted = await insertCommentOnce(ctx.db, {
        goalId: ctx.goal.id,
        authorId: ctx.viewerId,
        parentId: input.parentId,
        body: input.body,
        clientId: input.clientId,
      });
      if (!posted) throw new DomainError("CONFLICT", "That comment could not be saved; try again.");
      if (posted.created) {
        await afterGoalComment(ctx.db, {
          commentId: posted.id,
          goal: ctx.goal,
          authorId: ctx.viewerId,
          parentId: input.parentId,
        });
      }
      return { id: posted.id };
    }),

  react: visibleCheckinProcedure
    .input(z.object({ kind: z.enum(REACTION_KINDS, { error: "Pick one of the reactions" }) }))
    .mutation(async ({ ctx, input }) => {
      // Counted before the toggle, in one statement: a burst cannot get past the limit.
      await spendLimit(ctx.db, "reaction", ctx.viewerId);
      const added = await toggleReaction(ctx.db, {
        checkinId: ctx.checkin.id,
        userId: ctx.viewerId,
        kind: input.kind,
      });
      await afterReaction(ctx.db, {
        checkinId: ctx.checkin.id,
        checkinOwnerId: ctx.checkin.athleteId,
        userId: ctx.viewerId,
        kind: input.kind,
        added,
      });
      return { kind: input.kind, added };
    }),
});
