import { formatCalendarDate } from "@stride/domain/periods";
import type { GoalDto } from "./types";

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

export const GOAL_CONFLICT_TITLE =
  "This goal was changed in another tab or on another device after you opened it. Your edit was not saved.";

/** When someone else saved the goal first: what changed there since this form was opened. */
export function GoalConflictChanges({
  startedFrom,
  current,
}: {
  startedFrom: GoalDto;
  current: GoalDto;
}) {
  const changed = FIELDS.filter((field) => field.show(startedFrom) !== field.show(current));
  if (changed.length === 0) return null;
  return (
    <ul className="list-disc pl-5">
      {changed.map((field) => (
        <li key={field.key}>
          {field.label}: now “{field.show(current)}” (you started from “{field.show(startedFrom)}”)
        </li>
      ))}
    </ul>
  );
}
