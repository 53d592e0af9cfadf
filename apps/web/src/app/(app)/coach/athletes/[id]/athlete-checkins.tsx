"use client";

import type { AppRouter } from "@stride/api";
import { formatCalendarDate } from "@stride/domain/periods";
import type { inferRouterOutputs } from "@trpc/server";
import { CommentThread } from "~/components/comment-thread";
import { OutcomeBadge } from "~/components/outcome-badge";
import { Reflections } from "~/components/reflections";
import { Badge, Card } from "~/components/ui";
import { useRefresh } from "~/trpc/use-refresh";

type Checkin = inferRouterOutputs<AppRouter>["coach"]["athlete"]["checkins"][number];

/** The athlete's check-ins, newest first, with everything they share with their coach. */
export function AthleteCheckins({ checkins }: { checkins: Checkin[] }) {
  const refresh = useRefresh();
  return (
    <section aria-labelledby="checkins-heading" className="space-y-3">
      <h2 id="checkins-heading" className="text-lg font-semibold">
        Check-ins
      </h2>
      {checkins.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No check-ins shared yet.</p>
      ) : null}
      {checkins.map((c, index) => {
        const title = `Week of ${formatCalendarDate(c.weekStart, "d MMM yyyy")}`;
        // The latest check-in shows open; earlier ones are a line each until opened.
        return (
          <Card key={c.id} aria-label={title}>
            <details open={index === 0} className="group">
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2">
                <span aria-hidden="true" className="transition group-open:rotate-90">
                  ▸
                </span>
                <h3 className="font-semibold">{title}</h3>
                {c.adherence !== null ? (
                  <Badge tone="brand">{Math.round(c.adherence * 100)}% of goals</Badge>
                ) : null}
                {c.late ? <Badge>late</Badge> : null}
                {c.mood !== null ? <Badge>Mood {c.mood}/5</Badge> : null}
                {c.energy !== null ? <Badge>Energy {c.energy}/5</Badge> : null}
              </summary>
              {c.outcomes.length > 0 ? (
                <ul className="mt-2 space-y-1 text-sm" aria-label="Goals that week">
                  {c.outcomes.map((o) => (
                    <li key={o.goalId} className="flex flex-wrap items-center gap-1">
                      {o.title} <OutcomeBadge outcome={o.outcome} />
                      {o.excuse ? (
                        <span className="text-zinc-600 dark:text-zinc-400">
                          ({o.excuse}
                          {o.excuseNote ? `: ${o.excuseNote}` : ""})
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              <Reflections checkin={c} />
              <CommentThread
                subject={{ checkinId: c.id }}
                comments={c.comments}
                onChange={refresh}
                fold
              />
            </details>
          </Card>
        );
      })}
    </section>
  );
}
