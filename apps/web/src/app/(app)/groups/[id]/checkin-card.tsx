"use client";

import type { AppRouter } from "@stride/api";
import { REACTION_LABELS } from "@stride/domain/groups";
import { formatDayMonth } from "@stride/domain/periods";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { CommentThread } from "~/components/comment-thread";
import { OutcomeBadge } from "~/components/outcome-badge";
import { RichText } from "~/components/rich-text";
import { Alert, Badge, Card } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";

type Item = inferRouterOutputs<AppRouter>["groups"]["feed"]["items"][number];

export function CheckinCard({ item, onChange }: { item: Item; onChange: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const react = useMutation(trpc.social.react.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const title = `${item.you ? "You" : item.athleteName} · week of ${formatDayMonth(item.weekStart)}`;
  const reflections = [
    ["Went well", item.wentWell, item.links.wentWell],
    ["Got in the way", item.gotInTheWay, item.links.gotInTheWay],
    ["Next week", item.nextFocus, item.links.nextFocus],
  ] as const;

  return (
    <Card aria-label={title}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{title}</h3>
        {item.adherence !== null ? (
          <Badge tone="brand">{Math.round(item.adherence * 100)}% of goals</Badge>
        ) : null}
        {item.late ? <Badge>late</Badge> : null}
      </div>
      {item.outcomes.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Goals this week">
          {item.outcomes.map((o) => (
            <li key={o.title} className="flex items-center gap-1">
              {o.title} <OutcomeBadge outcome={o.outcome} />
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="mt-3 space-y-2 text-sm">
        {reflections.map(([label, text, links]) =>
          text ? (
            <div key={label}>
              <dt className="font-medium">{label}</dt>
              <dd className="text-zinc-700 dark:text-zinc-300">
                <RichText text={text} links={links} />
              </dd>
            </div>
          ) : null,
        )}
      </dl>
      {item.mood !== null || item.energy !== null ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {item.mood !== null ? `Mood ${item.mood}/5` : ""}
          {item.mood !== null && item.energy !== null ? " · " : ""}
          {item.energy !== null ? `Energy ${item.energy}/5` : ""}
        </p>
      ) : null}
      <fieldset className="mt-3 flex flex-wrap gap-2">
        <legend className="sr-only">Reactions</legend>
        {item.reactions.map((r) => {
          const { emoji, label } = REACTION_LABELS[r.kind];
          const who = r.names.length > 0 ? ` from ${r.names.join(", ")}` : "";
          return (
            <button
              key={r.kind}
              type="button"
              aria-pressed={r.mine}
              title={`${label}${who}`}
              className={`inline-flex min-h-11 items-center gap-1 rounded-full border px-3 text-sm ${
                r.mine
                  ? "border-brand-500 bg-brand-50 dark:bg-brand-700/30"
                  : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
              }`}
              onClick={async () => {
                setError(null);
                try {
                  await react.mutateAsync({ checkinId: item.id, kind: r.kind });
                  await onChange();
                } catch (caught) {
                  setError(serverMessage(caught));
                }
              }}
            >
              {/* The name is what shows, then who reacted: "On fire 2 from Ava, Ben". */}
              <span aria-hidden>{emoji}</span>{" "}
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{label}</span>{" "}
              {r.count > 0 ? r.count : <span className="sr-only">0</span>}
              {who ? <span className="sr-only">{who}</span> : null}
            </button>
          );
        })}
      </fieldset>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <CommentThread
        subject={{ checkinId: item.id }}
        comments={item.comments}
        onChange={onChange}
      />
    </Card>
  );
}
