import type { Database } from "@stride/db/client";
import {
  asReader,
  findComment,
  findGoal,
  findVisibleCheckin,
  insertCommentOnce,
  recordLiveEvent,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { spendLimit } from "../limits";

/* Comments on a check-in or on a goal: one set of rules for both. */

export const COMMENT_NOT_FOUND = "That comment was not found.";

type Subject = { checkinId: string } | { goalId: string };

/** A comment on a check-in or goal the viewer may see; any other is NOT_FOUND. */
export async function loadVisibleComment(
  ctx: { db: Database; viewerId: string },
  commentId: string,
) {
  const comment = await findComment(ctx.db, commentId);
  if (!comment) throw new DomainError("NOT_FOUND", COMMENT_NOT_FOUND);
  const { viewerId } = ctx;
  const visible = comment.checkinId
    ? await findVisibleCheckin(ctx.db, { viewerId, checkinId: comment.checkinId })
    : comment.goalId
      ? await findGoal(ctx.db, { viewer: asReader(viewerId), goalId: comment.goalId })
      : undefined;
  if (!visible) throw new DomainError("NOT_FOUND", COMMENT_NOT_FOUND);
  return comment;
}

/** A reply goes under a top-level comment on the same check-in or goal. */
async function assertReplyParent(db: Database, parentId: string | null, subject: Subject) {
  if (!parentId) return;
  const parent = await findComment(db, parentId);
  const same =
    parent &&
    ("checkinId" in subject
      ? parent.checkinId === subject.checkinId
      : parent.goalId === subject.goalId);
  if (!same) throw new DomainError("NOT_FOUND", COMMENT_NOT_FOUND);
  if (parent.parentId !== null) {
    throw new DomainError(
      "INVALID",
      "Reply to the first comment of the thread; replies go one level deep.",
      { field: "parentId" },
    );
  }
}

/**
 * Posts a comment (or a reply) once per client id: the limit is counted first, a retry of a
 * comment already posted returns it with `created: false`, so nobody is notified twice.
 */
export async function postComment(
  ctx: { db: Database; viewerId: string },
  subject: Subject,
  input: { parentId: string | null; body: string; clientId: string },
) {
  await assertReplyParent(ctx.db, input.parentId, subject);
  await spendLimit(ctx.db, "comment", ctx.viewerId);
  const posted = await insertCommentOnce(ctx.db, {
    ...subject,
    authorId: ctx.viewerId,
    parentId: input.parentId,
    body: input.body,
    clientId: input.clientId,
  });
  if (!posted) throw new DomainError("CONFLICT", "That comment could not be saved; try again.");
  return posted;
}

/** Wakes the group feeds showing a check-in after a comment on it changed. */
export async function commentChanged(db: Database, checkinId: string | null) {
  if (checkinId) await recordLiveEvent(db, { checkinId, kind: "comment" });
}
