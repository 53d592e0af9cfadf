"use client";

import type { AppRouter } from "@stride/api";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useSubscription } from "@trpc/tanstack-react-query";
import { Button, Card } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { CheckinCard } from "./checkin-card";

type FeedPage = inferRouterOutputs<AppRouter>["groups"]["feed"];

/** The group's shared check-ins, newest first, paged by cursor; the first page is rendered with the page. */
export function Feed({ groupId, firstPage }: { groupId: string; firstPage: FeedPage }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feed = useInfiniteQuery({
    ...trpc.groups.feed.infiniteQueryOptions(
      { groupId },
      { getNextPageParam: (page) => page.nextCursor, initialCursor: null },
    ),
    initialData: { pages: [firstPage], pageParams: [null] },
  });
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
      {feed.hasNextPage ? (
        <Button
          type="button"
          variant="secondary"
          disabled={feed.isFetchingNextPage}
          onClick={() => feed.fetchNextPage()}
        >
          {feed.isFetchingNextPage ? "Loading…" : "Older check-ins"}
        </Button>
      ) : null}
    </div>
  );
}
