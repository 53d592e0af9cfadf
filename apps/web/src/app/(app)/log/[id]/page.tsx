import { ACTIVITY_LABELS } from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import { formatDuration, formatNumber } from "@stride/domain/units";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader, Section } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, orNotFound, trpc } from "~/trpc/server";
import { RouteTrace, Trace } from "./traces";

export const metadata: Metadata = { title: "Activity" };

/** Someone else's activity, or an id that is not one: the same page as a missing one. */
function loadDetail(id: string) {
  return orNotFound(() => fetchQuery(trpc.activities.detail.queryOptions({ id })));
}

const metres = (m: number) => `${Math.round(m)} m`;
const beats = (bpm: number) => `${Math.round(bpm)} bpm`;

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireViewer(`/log/${id}`);
  const { activity, splits, series, route } = await loadDetail(id);
  const unit = activity.distanceUnit;
  const title = activity.name ?? ACTIVITY_LABELS[activity.type];
  const summary = [
    ACTIVITY_LABELS[activity.type],
    activity.distance !== null ? `${formatNumber(activity.distance)} ${unit}` : null,
    activity.durationSeconds !== null ? formatDuration(activity.durationSeconds) : null,
    activity.elevationGainMetres !== null
      ? `${formatNumber(activity.elevationGainMetres)} m climbing`
      : null,
    activity.effort !== null ? `effort ${activity.effort}` : null,
  ].filter(Boolean);
  return (
    <div className="space-y-6">
      <PageHeader title={title}>
        {formatCalendarDate(activity.date, "EEEE d MMMM yyyy")}
        {activity.startTime ? ` at ${activity.startTime}` : ""} · {summary.join(" · ")}
      </PageHeader>
      <Link href="/log" className="text-sm font-semibold text-brand-700 underline">
        ← Back to the log
      </Link>
      {series === null ? (
        <Card>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Logged by hand: there is no recording to show. Imported files (GPX, TCX, FIT) show their
            splits, profile and route here.
          </p>
        </Card>
      ) : (
        <>
          {splits.length > 0 ? (
            <Section headingId="splits-heading" gap="mb-2" title={`Splits per ${unit}`}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Splits per {unit}</caption>
                <thead className="text-zinc-600 dark:text-zinc-400">
                  <tr>
                    <th className="py-1 font-medium">{unit === "km" ? "Km" : "Mile"}</th>
                    <th className="py-1 font-medium">Distance</th>
                    <th className="py-1 font-medium">Time</th>
                    <th className="py-1 font-medium">Pace per {unit}</th>
                  </tr>
                </thead>
                <tbody>
                  {splits.map((split) => {
                    const unitMetres = unit === "km" ? 1000 : 1609.344;
                    return (
                      <tr
                        key={split.index}
                        className="border-t border-zinc-200 dark:border-zinc-800"
                      >
                        <td className="py-1">{split.index}</td>
                        <td className="py-1">
                          {formatNumber(split.metres / unitMetres)} {unit}
                        </td>
                        <td className="py-1">{formatDuration(split.seconds)}</td>
                        <td className="py-1">
                          {formatDuration((split.seconds / split.metres) * unitMetres)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </Section>
          ) : null}
          <Section headingId="over-time-heading" gap="mb-2" title="Over time">
            <div className="space-y-4">
              {[
                { label: "Elevation", values: series.elevation, format: metres },
                {
                  label: `Pace per ${unit}`,
                  values: series.pace,
                  format: formatDuration,
                  invert: true,
                },
                { label: "Heart rate", values: series.heartRate, format: beats },
              ].map(({ label, values, format, invert }) =>
                values ? (
                  <Trace
                    key={label}
                    label={label}
                    t={series.t}
                    values={values}
                    format={format}
                    invert={invert}
                  />
                ) : null,
              )}
            </div>
          </Section>
          {route.length > 1 ? (
            <Section headingId="route-heading" gap="mb-2" title="Route">
              <RouteTrace route={route} />
            </Section>
          ) : null}
        </>
      )}
    </div>
  );
}
