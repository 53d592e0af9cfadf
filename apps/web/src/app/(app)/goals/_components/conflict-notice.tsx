"use client";

import { formatCalendarDate } from "@stride/domain/periods";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui";
import type { GoalDto } from "./goal-form";

const FIELDS: { key: keyof GoalDto; label: string; show: (goal: GoalDto) => string }[] = [
  { key: "title", label: "Name", show: (g) => g.title },
  { key: "targetText", label: "Target", show: (g) => g.targetText },
  {
    key: "periodStart",
    label: "Starts",
    show: (g) => formatCalendarDate(g.periodStart, "d MMM yyyy"),
  },
  { key: "periodEnd", label: "Ends", show: (g) => formatCalendarDate(g.periodEnd, "d MMM yyyy") },
  { key: "status", label: "Status", show: (g) => g.status },
  { key: "why", label: "Why", show: (g) => g.why || "—" },
  { key: "strategy", label: "Strategy", show: (g) => g.strategy || "—" },
  { key: "visibility", label: "Visible to", show: (g) => g.visibility },
];

/** Shown when someone else saved the goal first: what changed there, and a way to load it. */
export function ConflictNotice({
  startedFrom,
  current,
}: {
  startedFrom: GoalDto;
  current: GoalDto;
}) {
  const router = useRouter();
  const changed = FIELDS.filter((field) => field.show(startedFrom) !== field.show(current));
  return (
    <div
      role="alert"
      className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">
        This goal was changed in another tab or on another device after you opened it. Your edit was
        not saved.
      </p>
      {changed.length > 0 ? (
        <ul className="list-disc pl-5">
          {changed.map((field) => (
            <li key={field.key}>
              {field.label}: now “{field.show(current)}” (you started from “
              {field.show(startedFrom)}”)
            </li>
          ))}
        </ul>
      ) : null}
      <Button type="button" variant="secondary" onClick={() => router.refresh()}>
        Load the latest version
      </Button>
    </div>
  );
}
