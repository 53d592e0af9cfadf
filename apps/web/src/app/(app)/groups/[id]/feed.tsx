"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { OlderButton } from "~/components/older-button";
import { Card } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { CheckinCard } from "./checkin-card";
import { feedPages } from "./feed-pages";

/** The group's shared check-ins, newest first, paged by cursor; the first page is rendered with the page. */
export function Feed({ groupId }: { groupId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feed = useInfiniteQuery(trpc.groups.feed.infiniteQueryOptions({ groupId }, feedPages));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.groups.feed.pathKey() });
  // New comments and reactions arrive live; on reconnect the stream resumes from the last event.
  const live = useSubscription(
    trpc.groups.live.subscriptionOptions(
      { groupId },
      {
        onData: () => {
          void refresh();
          // A comment or reaction on my check-in is also a notification: update the bell now.
          void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
        },
      },
    ),
  );
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];

  if (feed.isPending)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading check-ins…</p>;
  if (items.length === 0) {
    return (
      <Card>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          No shared check-ins yet. When members check in and share with their groups, their weeks
          show up here.
        </p>
      </Card>
    );
  }
  return (
    <div className="space-y-3">
      <p className="sr-only" role="status">
        {live.status === "pending" ? "Live updates on" : ""}
      </p>
      <ul className="space-y-3" aria-label="Shared check-ins">
        {items.map((item) => (
          <li key={item.id}>
            <CheckinCard item={item} onChange={refresh} />
          </li>
        ))}
      </ul>
      <OlderButton paged={feed} label="Older check-ins" />
    </div>
  );
}
