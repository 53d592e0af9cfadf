"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

/** A private link calendar apps can subscribe to; making a new one or stopping it revokes the old. */
export function CalendarFeed() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.calendar.status.queryOptions());
  const subscribe = useMutation(trpc.calendar.subscribe.mutationOptions());
  const unsubscribe = useMutation(trpc.calendar.unsubscribe.mutationOptions());
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.calendar.status.queryKey() });

  return (
    <div className="space-y-3 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400">
        Your planned sessions, at their days and times, in your phone's calendar. The link is
        private: anyone who has it can see your plan, so keep it to yourself.
      </p>
      {url ? (
        <div className="space-y-2">
          <label className="block font-medium" htmlFor="feed-url">
            Subscription link (shown once)
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="feed-url"
              readOnly
              value={url}
              className="min-h-11 min-w-0 flex-1 rounded-lg border border-zinc-300 bg-zinc-50 px-3 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
            />
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard.writeText(url);
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      ) : status.data?.subscribed ? (
        <Alert tone="success">
          Your calendar feed is on. Make a new link if you lost it; the old one stops working.
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={subscribe.isPending}
          onClick={async () => {
            const result = await subscribe.mutateAsync();
            setUrl(`${window.location.origin}${result.path}`);
            setCopied(false);
            await refresh();
          }}
        >
          {status.data?.subscribed ? "Make a new link" : "Get a calendar link"}
        </Button>
        {status.data?.subscribed ? (
          <Button
            type="button"
            variant="secondary"
            disabled={unsubscribe.isPending}
            onClick={async () => {
              await unsubscribe.mutateAsync();
              setUrl(null);
              await refresh();
            }}
          >
            Stop the calendar feed
          </Button>
        ) : null}
      </div>
    </div>
  );
}
