"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { Moment } from "~/components/moment";
import { Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

/** What following a notification's link opens: an invitation, a proposal, or the thing itself. */
function linkText(item: { kind: string; link: string }) {
  if (/^\/(coach\/)?join\//.test(item.link)) return "Open the invitation";
  if (item.kind === "proposal") return "See the proposal";
  if (item.kind === "comment" || item.kind === "reply" || item.kind === "mention")
    return "Open the comment";
  return "Open";
}

const linkButton = "inline-flex min-h-11 items-center font-medium underline";

export function NotificationList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notifications.list.queryOptions());
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions());
  const markOne = useMutation(trpc.notifications.markRead.mutationOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  if (list.isPending) return <p className="text-sm">Loading…</p>;
  const items = list.data?.items ?? [];
  if (items.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Nothing yet. When someone comments or cheers, it shows up here.
      </p>
    );
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm">{list.data?.unread ?? 0} unread</p>
        <Button
          type="button"
          variant="secondary"
          disabled={(list.data?.unread ?? 0) === 0}
          onClick={async () => {
            await markAll.mutateAsync();
            await refresh();
          }}
        >
          Mark all read
        </Button>
      </div>
      <ul aria-label="Notifications" className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
            <span className={item.readAt ? "text-zinc-600 dark:text-zinc-400" : "font-semibold"}>
              {item.text}
            </span>
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              <Moment at={item.createdAt} />
            </span>
            {item.link ? (
              <Link className={linkButton} href={item.link}>
                {linkText({ kind: item.kind, link: item.link })}
              </Link>
            ) : item.groupId ? (
              <Link className={linkButton} href={`/groups/${item.groupId}`}>
                Open the group
              </Link>
            ) : null}
            {item.readAt ? null : (
              <Button
                type="button"
                variant="secondary"
                className="ml-auto"
                onClick={async () => {
                  await markOne.mutateAsync({ ids: [item.id] });
                  await refresh();
                }}
              >
                Mark read
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
