import { type GoalRow, storedTargetOf } from "@stride/db/queries";
import {
  CATEGORY_LABELS,
  type ChangeLine,
  describeChange,
  describeTarget,
  type FieldChange,
  type GoalCategory,
  type GoalStatus,
  STATUS_LABELS,
  type StoredTarget,
  type TargetInput,
  toTargetInput,
  VISIBILITY_LABELS,
  type Visibility,
} from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";

export const targetOf: (row: GoalRow) => StoredTarget | null = storedTargetOf;

/** A goal as screens show it: no owner id, the target both in words and as the form edits it. */
export function toGoalDto(row: GoalRow, checklistItemCount = 0) {
  const target = targetOf(row);
  return {
    id: row.id,
    level: row.level,
    parentId: row.parentId,
    title: row.title,
    why: row.why,
    strategy: row.strategy,
    category: row.category,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status,
    visibility: row.visibility,
    position: row.position,
    version: row.version,
    archived: row.archivedAt !== null,
    target,
    targetInput: target ? toTargetInput(target) : (null as TargetInput | null),
    targetText: describeTarget(target, checklistItemCount),
    copiedFromId: row.copiedFromId,
  };
}
export type GoalDto = ReturnType<typeof toGoalDto>;

function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  switch (field) {
    case "target":
      return describeTarget(value as StoredTarget);
    case "periodStart":
    case "periodEnd":
      return formatCalendarDate(String(value), "d MMM yyyy");
    case "status":
      return STATUS_LABELS[value as GoalStatus] ?? String(value);
    case "category":
      return CATEGORY_LABELS[value as GoalCategory] ?? String(value);
    case "visibility":
      return VISIBILITY_LABELS[value as Visibility] ?? String(value);
    case "plan":
    case "checklist":
      return Array.isArray(value)
        ? `${value.length} item${value.length === 1 ? "" : "s"}`
        : String(value);
    default:
      return String(value);
  }
}

export function describeChanges(changes: Record<string, FieldChange>): ChangeLine[] {
  return Object.entries(changes).map(([field, change]) =>
    describeChange(field, change, describeValue),
  );
}
