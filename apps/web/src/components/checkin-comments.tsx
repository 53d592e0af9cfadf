"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { CommentThread } from "./comment-thread";

/** The talk on the athlete's own check-in: their coach's and group mates' comments, and replies. */
export function CheckinComments({ checkinId }: { checkinId: string }) {
  const trpc = useTRPC();
  const thread = useQuery(trpc.social.thread.queryOptions({ checkinId }));
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
        subject={{ checkinId }}
        comments={thread.data.comments}
        onChange={() => thread.refetch()}
      />
    </>
  );
}
