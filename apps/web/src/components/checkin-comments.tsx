"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { QueriedThread } from "./comment-thread";

/** The talk on the athlete's own check-in: their coach's and group mates' comments, and replies. */
export function CheckinComments({ checkinId }: { checkinId: string }) {
  const trpc = useTRPC();
  const thread = useQuery(trpc.social.thread.queryOptions({ checkinId }));
  return <QueriedThread subject={{ checkinId }} thread={thread} />;
}
