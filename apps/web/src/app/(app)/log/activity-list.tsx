"use client";

import type { AppRouter } from "@stride/api";
import { ACTIVITY_LABELS, ACTIVITY_TYPES, type ActivityType } from "@stride/domain/goals";
import { formatCalendarDate, formatDayNear } from "@stride/domain/periods";
import { formatDuration, formatNumber } from "@stride/domain/units";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useState } from "react";
import { Options, SelectField, TextField } from "~/components/field";
import { OlderButton } from "~/components/older-button";
import { Alert, Button } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { ActivityForm } from "./activity-form";
import { activityFilters, activityPages } from "./activity-pages";

type Activity = inferRouterOutputs<AppRouter>["activities"]["list"]["items"][number];

function pace(activity: Activity): string | null {
  if (!activity.distance || !activity.durationSeconds || activity.type === "strength") return null;
  return `${formatDuration(activity.durationSeconds / activity.distance)} /${activity.distanceUnit}`;
}

/** The log, newest first, with filters, editing, and delete with undo. */
export function ActivityList({
  today,
  distanceUnit,
}: {
  today: string;
  distanceUnit: "km" | "mi";
}) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [type, setType] = useState<ActivityType | null>(null);
  const [from, setFrom] = useState<string>("");
  const [to, setTo] = useState<string>("");
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Activity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = useInfiniteQuery(
    trpc.activities.list.infiniteQueryOptions(activityFilters(type, from, to), activityPages),
  );
  const remove = useMutation(trpc.activities.delete.mutationOptions());
  const restore = useMutation(trpc.activities.restore.mutationOptions());
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">Filter the log</legend>
        <SelectField
          label="Activity"
          value={type ?? ""}
          onChange={(e) => setType((e.target.value || null) as ActivityType | null)}
        >
          <option value="">All</option>
          <Options values={ACTIVITY_TYPES} labels={ACTIVITY_LABELS} />
        </SelectField>
        <TextField
          label="From"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField label="To" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </fieldset>

      {deleted ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-300 bg-zinc-100 px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-800"
        >
          Deleted {deleted.name ?? ACTIVITY_LABELS[deleted.type].toLowerCase()} on{" "}
          {formatCalendarDate(deleted.date, "d MMM")}.
          <Button
            type="button"
            variant="secondary"
            onClick={async () => {
              try {
                await restore.mutateAsync({ id: deleted.id });
                setDeleted(null);
                await refresh();
              } catch (caught) {
                setError(serverMessage(caught));
              }
            }}
          >
            Undo
          </Button>
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}

      {query.isPending ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading your log…</p>
      ) : null}
      {!query.isPending && items.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nothing logged{type || from || to ? " that matches" : " yet"}.
        </p>
      ) : null}
      <ul aria-label="Activities" className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {items.map((activity) => (
          <li key={activity.id} className="py-3">
            {editing === activity.id ? (
              <ActivityForm
                today={today}
                distanceUnit={distanceUnit}
                existing={activity}
                onCancel={() => setEditing(null)}
                onSaved={async () => {
                  setEditing(null);
                  await refresh();
                }}
              />
            ) : (
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <span className="w-28 text-sm font-medium">
                  {formatDayNear(activity.date, today)}
                </span>
                {/* On a phone the day and the buttons share a line and the run gets its own. */}
                <span className="order-last min-w-0 basis-full sm:order-none sm:flex-1 sm:basis-0">
                  <Link href={`/log/${activity.id}`} className="font-medium underline">
                    {activity.name ?? ACTIVITY_LABELS[activity.type]}
                  </Link>
                  <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                    {[
                      ACTIVITY_LABELS[activity.type],
                      activity.startTime,
                      activity.distance !== null
                        ? `${formatNumber(activity.distance)} ${activity.distanceUnit}`
                        : null,
                      activity.durationSeconds !== null
                        ? formatDuration(activity.durationSeconds)
                        : null,
                      pace(activity),
                      activity.elevationGainMetres
                        ? `${formatNumber(activity.elevationGainMetres)} m up`
                        : null,
                      activity.effort ? `effort ${activity.effort}/10` : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </span>
                <span className="ml-auto flex gap-2 sm:ml-0">
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => setEditing(activity.id)}
                    aria-label={`Edit ${activity.name ?? activity.type} on ${activity.date}`}
                  >
                    Edit
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    aria-label={`Delete ${activity.name ?? activity.type} on ${activity.date}`}
                    onClick={async () => {
                      setError(null);
                      await remove.mutateAsync({ id: activity.id });
                      setDeleted(activity);
                      await refresh();
                    }}
                  >
                    Delete
                  </Button>
                </span>
              </div>
            )}
          </li>
        ))}
      </ul>
      <OlderButton paged={query} label="Show older activities" />
    </div>
  );
}
