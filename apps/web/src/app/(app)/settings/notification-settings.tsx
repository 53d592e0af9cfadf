"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

const KINDS = [
  ["comment", "Comments on my check-ins"],
  ["reaction", "Reactions to my check-ins"],
  ["reply", "Replies to my comments"],
  ["mention", "Mentions of me"],
  ["member_joined", "New members in my groups"],
  ["invitation", "Invitations to groups"],
  ["coaching", "Coaching invitations and changes"],
  ["proposal", "Goal proposals from my coach, and answers to mine"],
] as const;

/** Which notifications to get; a muted kind makes none (and can be turned back on any time). */
export function NotificationSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.notifications.settings.queryOptions());
  const mute = useMutation(trpc.notifications.mute.mutationOptions());
  const muted = new Set(settings.data?.muted ?? []);
  return (
    <fieldset className="space-y-1" disabled={settings.isPending || mute.isPending}>
      <legend className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">Tell me about:</legend>
      {KINDS.map(([kind, label]) => (
        <label key={kind} className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-5"
            checked={!muted.has(kind)}
            onChange={async (event) => {
              const next = new Set(muted);
              if (event.target.checked) next.delete(kind);
              else next.add(kind);
              await mute.mutateAsync({ muted: [...next] as (typeof KINDS)[number][0][] });
              await queryClient.invalidateQueries({
                queryKey: trpc.notifications.settings.queryKey(),
              });
            }}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
