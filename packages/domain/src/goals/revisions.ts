/** Fields whose change on an active goal is an adjustment that needs a reason in the history. */
export const ADJUSTMENT_FIELDS = ["target", "periodStart", "periodEnd"] as const;

export type FieldChange = { from: unknown; to: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `after` that differ from `before`, with both values. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (!same(before[key], value)) changes[key] = { from: before[key] ?? null, to: value };
  }
  return changes;
}

export function isAdjustment(status: string, changes: Record<string, FieldChange>): boolean {
  return status === "active" && ADJUSTMENT_FIELDS.some((field) => field in changes);
}

export type ChangeLine = { field: string; from: string; to: string };

const FIELD_LABELS: Record<string, string> = {
  title: "Name",
  why: "Why",
  strategy: "Strategy",
  category: "Category",
  visibility: "Visible to",
  target: "Target",
  periodStart: "Starts",
  periodEnd: "Ends",
  parent: "Part of",
  status: "Status",
  plan: "Plan",
  checklist: "Checklist",
  archived: "Archived",
};

/** One line of a goal's history in words ("Target: 15 mi each week → 13 mi each week"). */
export function describeChange(
  field: string,
  change: FieldChange,
  describe: (field: string, value: unknown) => string,
): ChangeLine {
  return {
    field: FIELD_LABELS[field] ?? field,
    from: describe(field, change.from),
    to: describe(field, change.to),
  };
}
