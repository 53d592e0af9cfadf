"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { QueriedThread } from "./comment-thread";

/** The conversation on one goal between the athlete and their coaches. */
export function GoalComments({ goalId, title = "Comments" }: { goalId: string; title?: string }) {
  const trpc = useTRPC();
  const thread = useQuery(trpc.social.goalThread.queryOptions({ goalId }));
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      <QueriedThread subject={{ goalId }} thread={thread} />
    </div>
  );
}
