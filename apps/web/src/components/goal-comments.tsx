"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { CommentThread } from "./comment-thread";

/** The conversation on one goal between the athlete and their coaches. */
export function GoalComments({ goalId, title = "Comments" }: { goalId: string; title?: string }) {
  const trpc = useTRPC();
  const thread = useQuery(trpc.social.goalThread.queryOptions({ goalId }));
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      {thread.isPending ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading comments…</p>
      ) : thread.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {thread.error.message}
        </p>
      ) : (
        <>
          {thread.data.comments.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No comments yet.</p>
          ) : null}
          <CommentThread
            subject={{ goalId }}
            comments={thread.data.comments}
            onChange={() => thread.refetch()}
          />
        </>
      )}
    </div>
  );
}
