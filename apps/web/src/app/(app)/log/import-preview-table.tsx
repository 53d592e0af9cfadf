"use client";

import { type ImportedActivityInput, typeWarning } from "@stride/domain/activities";
import { ACTIVITY_LABELS, ACTIVITY_TYPES, type ActivityType } from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import { formatDuration, formatNumber } from "@stride/domain/units";
import { Options } from "~/components/field";

export type Verdict = {
  index: number;
  status: "new" | "duplicate" | "refused";
  reason: string | null;
};
export type Preview = { file: string; activity: ImportedActivityInput }[];

const STATUS_TEXT = { new: "New", duplicate: "Already in your log", refused: "Refused" } as const;

/**
 * What the files hold, one row per activity, with its type open to change: a file that names no
 * sport (a Runkeeper ride) comes in as a run, and a speed unusual for the type says so.
 */
export function ImportPreviewTable({
  rows,
  verdicts,
  disabled,
  onTypeChange,
}: {
  rows: Preview;
  verdicts: Verdict[];
  disabled: boolean;
  onTypeChange: (index: number, type: ActivityType) => void;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Import preview</caption>
        <thead className="text-zinc-600 dark:text-zinc-400">
          <tr>
            <th className="py-1 pr-3 font-medium">File</th>
            <th className="py-1 pr-3 font-medium">Date</th>
            <th className="py-1 pr-3 font-medium">Activity</th>
            <th className="py-1 pr-3 font-medium">Type</th>
            <th className="py-1 pr-3 font-medium">Distance</th>
            <th className="py-1 pr-3 font-medium">Time</th>
            <th className="py-1 font-medium">Status</th>
          </tr>
        </thead>
        <tbody>
          {verdicts.map((verdict) => {
            const row = rows[verdict.index];
            if (!row) return null;
            const { activity } = row;
            const name = activity.name ?? ACTIVITY_LABELS[activity.type];
            const warning = typeWarning(activity);
            return (
              <tr key={verdict.index} className="border-t border-zinc-200 dark:border-zinc-800">
                <td className="py-1 pr-3">{row.file}</td>
                <td className="py-1 pr-3">{formatCalendarDate(activity.date, "d MMM yyyy")}</td>
                <td className="py-1 pr-3">{name}</td>
                <td className="py-1 pr-3">
                  <select
                    aria-label={`Type of ${name} on ${activity.date}`}
                    value={activity.type}
                    disabled={disabled}
                    className="min-h-11 rounded-lg border border-zinc-300 bg-white px-2 dark:border-zinc-700 dark:bg-zinc-900"
                    onChange={(event) =>
                      onTypeChange(verdict.index, event.target.value as ActivityType)
                    }
                  >
                    <Options values={ACTIVITY_TYPES} labels={ACTIVITY_LABELS} />
                  </select>
                </td>
                <td className="py-1 pr-3">
                  {activity.distanceMetres === null
                    ? "—"
                    : `${formatNumber(activity.distanceMetres / 1000)} km`}
                </td>
                <td className="py-1 pr-3">
                  {activity.durationSeconds === null
                    ? "—"
                    : formatDuration(activity.durationSeconds)}
                </td>
                <td className="py-1">
                  {STATUS_TEXT[verdict.status]}
                  {verdict.status === "refused" && verdict.reason ? `: ${verdict.reason}` : ""}
                  {warning ? (
                    <span className="block text-amber-800 dark:text-amber-200">
                      Check the type: {warning.message}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
