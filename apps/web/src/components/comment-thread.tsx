"use client";

import type { AppRouter } from "@stride/api";
import type { UseQueryResult } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useEffect, useRef, useState } from "react";
import { Moment } from "~/components/moment";
import { RichText } from "~/components/rich-text";
import { useTRPC } from "~/trpc/react";
import { useMutate } from "~/trpc/use-mutate";
import type { CommentBox } from "./comment-box";
import { quietButton } from "./ui";

type Comment = inferRouterOutputs<AppRouter>["social"]["goalThread"]["comments"][number];
type Reply = Comment["replies"][number];

/**
 * The comment box's code, kept once loaded: no screen ships it up front (a feed shows many threads
 * and opens few boxes). It loads on the first "Comment", "Reply" or "Edit"; offline, when it never
 * loaded, the press opens nothing and the next one tries again.
 */
let Box: typeof CommentBox | null = null;

/** Runs `open` once the comment box's code is there. */
function withBox(open: () => void) {
  if (Box) return open();
  import("./comment-box").then(
    (module) => {
      Box = module.CommentBox;
      open();
    },
    () => undefined,
  );
}

function OneComment({
  comment,
  onChange,
  onReply,
}: {
  comment: Comment | Reply;
  onChange: () => Promise<unknown>;
  onReply?: () => void;
}) {
  const trpc = useTRPC();
  const edit = useMutate(trpc.social.editComment.mutationOptions());
  const remove = useMutate(trpc.social.deleteComment.mutationOptions());
  const [editing, setEditing] = useState(false);
  return (
    // The buttons sit on the author's line (a grid keeps them after the text for screen readers),
    // so a comment costs one 44 px row, not two.
    <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 text-sm">
      <p className="col-start-1 row-start-1">
        <span className="font-semibold">{comment.authorName}</span>{" "}
        {comment.byCoach ? (
          <span className="mr-1 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">
            Coach
          </span>
        ) : null}
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          <Moment at={comment.createdAt} />
          {comment.edited ? " · edited" : ""}
        </span>
      </p>
      {editing && Box ? (
        <div className="col-span-2">
          <Box
            label="Edit your comment"
            initial={comment.body}
            onSubmit={async (body) => {
              await edit({ commentId: comment.id, body });
              setEditing(false);
              await onChange();
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <p className="col-span-2 text-zinc-800 dark:text-zinc-200">
          <RichText text={comment.body} links={comment.links} />
        </p>
      )}
      <div className="col-start-2 row-start-1 -mr-3 flex flex-wrap justify-end">
        {onReply ? (
          <button type="button" className={quietButton} onClick={onReply}>
            Reply
          </button>
        ) : null}
        {comment.mine && !editing ? (
          <button
            type="button"
            className={quietButton}
            onClick={() => withBox(() => setEditing(true))}
          >
            Edit
          </button>
        ) : null}
        {comment.canDelete ? (
          <button
            type="button"
            className={quietButton}
            onClick={async () => {
              await remove({ commentId: comment.id });
              await onChange();
            }}
          >
            Delete
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** Focuses the text box inside `box` once it shows (a reply or a comment just opened). */
function useFocusBox(open: unknown) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) box.current?.querySelector("textarea")?.focus();
  }, [open]);
  return box;
}

/**
 * Comments one level deep on a check-in or a goal; posting carries a client id, so a retry never
 * posts twice. A coach's comments carry a "Coach" mark. The boxes stay closed until "Comment" or
 * "Reply" opens one, which then has the focus.
 */
export function CommentThread({
  subject,
  comments,
  onChange,
  fold = false,
}: {
  subject: { checkinId: string } | { goalId: string };
  comments: Comment[];
  onChange: () => Promise<unknown>;
  /**
   * Fold a thread of more than two comments behind "N comments" (a feed of many threads), unless
   * the address points at its check-in's card (`#checkin-<id>`, a notification's link).
   */
  fold?: boolean;
}) {
  const trpc = useTRPC();
  const onCheckin = useMutate(trpc.social.comment.mutationOptions());
  const onGoal = useMutate(trpc.social.goalComment.mutationOptions());
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  const count = comments.reduce((sum, comment) => sum + 1 + comment.replies.length, 0);
  const folds = fold && count > 2;
  const anchor = "checkinId" in subject ? `#checkin-${subject.checkinId}` : null;
  const [open, setOpen] = useState(!folds);
  useEffect(() => {
    if (folds && window.location.hash === anchor) setOpen(true);
  }, [folds, anchor]);
  const replyBox = useFocusBox(replyTo);
  const commentBox = useFocusBox(composing);
  const send = async (body: string, parentId: string | null) => {
    const common = { parentId, body, clientId: crypto.randomUUID() };
    if ("checkinId" in subject) await onCheckin({ ...common, checkinId: subject.checkinId });
    else await onGoal({ ...common, goalId: subject.goalId });
    setReplyTo(null);
    setComposing(false);
    setOpen(true);
    await onChange();
  };
  const thread = comments.map((comment) => (
    <div key={comment.id} className="space-y-2">
      <OneComment
        comment={comment}
        onChange={onChange}
        onReply={() => withBox(() => setReplyTo(comment.id))}
      />
      <div className="ml-4 space-y-2 border-l-2 border-zinc-200 pl-3 empty:hidden dark:border-zinc-800">
        {comment.replies.map((reply) => (
          <OneComment key={reply.id} comment={reply} onChange={onChange} />
        ))}
        {replyTo === comment.id && Box ? (
          <div ref={replyBox}>
            <Box
              label={`Reply to ${comment.authorName}`}
              onSubmit={(body) => send(body, comment.id)}
              onCancel={() => setReplyTo(null)}
            />
          </div>
        ) : null}
      </div>
    </div>
  ));
  return (
    <section
      aria-label="Comments"
      className="mt-4 space-y-3 border-t border-zinc-200 pt-3 dark:border-zinc-800"
    >
      {folds ? (
        <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary className="cursor-pointer py-3 text-sm font-medium">{count} comments</summary>
          <div className="space-y-3">{thread}</div>
        </details>
      ) : (
        thread
      )}
      {composing && Box ? (
        <div ref={commentBox}>
          <Box
            label="Write a comment"
            onSubmit={(body) => send(body, null)}
            onCancel={() => setComposing(false)}
          />
        </div>
      ) : (
        <button
          type="button"
          className={`${quietButton} -ml-3`}
          onClick={() => withBox(() => setComposing(true))}
        >
          Comment
        </button>
      )}
    </section>
  );
}

/** A subject's thread as its query has it: loading, the query's error, or the comments. */
export function QueriedThread({
  subject,
  thread,
}: {
  subject: { checkinId: string } | { goalId: string };
  thread: UseQueryResult<{ comments: Comment[] }, { message: string }>;
}) {
  if (thread.isPending)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading comments…</p>;
  if (thread.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        {thread.error.message}
      </p>
    );
  return (
    <>
      {thread.data.comments.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No comments yet.</p>
      ) : null}
      <CommentThread
        subject={subject}
        comments={thread.data.comments}
        onChange={() => thread.refetch()}
      />
    </>
  );
}
