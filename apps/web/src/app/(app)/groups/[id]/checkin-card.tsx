"use client";

import type { AppRouter } from "@stride/api";
import { formatDayMonth } from "@stride/domain/periods";
import type { inferRouterOutputs } from "@trpc/server";
import { CommentThread } from "~/components/comment-thread";
import { OutcomeBadge } from "~/components/outcome-badge";
import { Reflections } from "~/components/reflections";
import { Badge, Card } from "~/components/ui";
import { Reactions } from "./reactions";

type Item = inferRouterOutputs<AppRouter>["groups"]["feed"]["items"][number];

export function CheckinCard({ item, onChange }: { item: Item; onChange: () => Promise<unknown> }) {
  const title = `${item.you ? "You" : item.athleteName} · week of ${formatDayMonth(item.weekStart)}`;

  return (
    // The card's id is what a group mate's notification links to.
    <Card
      aria-label={title}
      id={`checkin-${item.id}`}
      tabIndex={-1}
      className="scroll-mt-20 target:ring-2 target:ring-brand-500"
    >
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
      <Reflections checkin={item} />
      {item.mood !== null || item.energy !== null ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {item.mood !== null ? `Mood ${item.mood}/5` : ""}
          {item.mood !== null && item.energy !== null ? " · " : ""}
          {item.energy !== null ? `Energy ${item.energy}/5` : ""}
        </p>
      ) : null}
      <Reactions checkinId={item.id} reactions={item.reactions} onChange={onChange} />
      <CommentThread
        subject={{ checkinId: item.id }}
        comments={item.comments}
        onChange={onChange}
        fold
      />
    </Card>
  );
}
