import { type ImportedActivityInput, MAX_IMPORT_ACTIVITIES } from "../activities/schemas";
import { MAX_INPUT_VALUES } from "../text/storable";

/**
 * How many values the server's input guard (`findUnstorableText`) counts for one activity: the
 * activity, each of its fields, and its recording's columns with every sample. A recording of
 * 500 samples counts about 3,000, so a request holds about 30 of them, against 1,000 activities
 * from a Strava CSV, which has none.
 */
export function importValueCount(activity: ImportedActivityInput): number {
  const fields = 1 + Object.keys(activity).length;
  if (!activity.stream) return fields;
  const columns = Object.values(activity.stream) as (readonly unknown[] | null)[];
  return fields + columns.reduce((sum, column) => sum + 1 + (column?.length ?? 0), 0);
}

/** What one request of an import may hold: the guard's limit, less room for the envelope. */
export const IMPORT_BATCH_VALUES = MAX_INPUT_VALUES - 1_000;

/**
 * The activities split, in order, into requests the server takes whole: each within
 * `IMPORT_BATCH_VALUES` and `MAX_IMPORT_ACTIVITIES`. A list that fits is one request.
 */
export function importBatches<T extends ImportedActivityInput>(
  activities: readonly T[],
  budget = IMPORT_BATCH_VALUES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const activity of activities) {
    const cost = importValueCount(activity);
    if (current.length === MAX_IMPORT_ACTIVITIES || (current.length > 0 && used + cost > budget)) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(activity);
    used += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** For the preview, which judges starts and figures only: the same activities without recordings. */
export const withoutStreams = <T extends ImportedActivityInput>(activities: readonly T[]): T[] =>
  activities.map((activity) => ({ ...activity, stream: null }));
