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
