import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/activity-fixtures";
import {
  type ImportedActivityInput,
  importActivitiesInput,
  MAX_IMPORT_ACTIVITIES,
} from "../activities/schemas";
import { findUnstorableText } from "../text/storable";
import { IMPORT_BATCH_VALUES, importBatches, importValueCount, withoutStreams } from "./batches";
import { parseActivityFile } from "./parse-file";

/** A real file's activities as the import panel sends them, `copies` times, a day apart. */
function sentFrom(file: string, copies: number): ImportedActivityInput[] {
  const [parsed] = parseActivityFile(file, readFixture(file)).activities;
  if (!parsed?.startedAt) throw new Error(`${file} has no timed activity`);
  const start = Date.parse(parsed.startedAt);
  return Array.from({ length: copies }, (_, i) => {
    const startedAt = new Date(start - i * 86_400_000).toISOString();
    return {
      startedAt,
      date: startedAt.slice(0, 10),
      startTime: startedAt.slice(11, 16),
      type: parsed.type,
      name: parsed.name,
      distanceMetres: parsed.distanceMetres,
      durationSeconds: parsed.durationSeconds === null ? null : Math.round(parsed.durationSeconds),
      elapsedSeconds: parsed.elapsedSeconds === null ? null : Math.round(parsed.elapsedSeconds),
      elevationGainMetres: parsed.elevationGainMetres,
      effort: null,
      notes: null,
      source: parsed.source,
      stream: parsed.stream ?? null,
    };
  });
}

/** Whether the server takes the request: its input guard, then its schema. */
const accepted = (activities: ImportedActivityInput[]) =>
  findUnstorableText({ activities }) === null &&
  importActivitiesInput.safeParse({ activities }).success;

describe("import batches", () => {
  it("splits a year of recorded runs into requests the server takes whole, in order", () => {
    const year = sentFrom("tcx-Standard.tcx", 300);
    expect(year[0]?.stream?.t).toHaveLength(500);
    // Sent as one request, 300 recordings are far past the guard's limit.
    expect(findUnstorableText({ activities: year })?.problem).toBe("too_large");

    const batches = importBatches(year);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(accepted(batch)).toBe(true);
    expect(batches.flat()).toEqual(year);
    // No more requests than needed: each batch but the last is too full for the next activity.
    for (const [i, batch] of batches.slice(0, -1).entries()) {
      const next = batches[i + 1]?.[0] as ImportedActivityInput;
      const used = batch.reduce((sum, a) => sum + importValueCount(a), 0);
      expect(used + importValueCount(next)).toBeGreaterThan(IMPORT_BATCH_VALUES);
    }
  });

  it("counts an activity's values as the guard does: every object, array and value in it", () => {
    const nodes = (value: unknown): number =>
      1 +
      (typeof value === "object" && value !== null
        ? Object.values(value).reduce((sum: number, child) => sum + nodes(child), 0)
        : 0);
    for (const file of ["tcx-Standard.tcx", "gpx-hr-not-always-there.gpx", "fit-Standard.fit"]) {
      const [activity] = sentFrom(file, 1) as [ImportedActivityInput];
      expect(importValueCount(activity)).toBe(nodes(activity));
      expect(importValueCount({ ...activity, stream: null })).toBe(
        nodes({ ...activity, stream: null }),
      );
    }
  });

  it("sends a thousand activities without recordings, or a few with, as one request", () => {
    const csv = sentFrom("tcx-Standard.tcx", MAX_IMPORT_ACTIVITIES).map((a) => ({
      ...a,
      stream: null,
    }));
    expect(importBatches(csv)).toEqual([csv]);
    const few = sentFrom("gpx-standard.gpx", 3);
    expect(importBatches(few)).toEqual([few]);
    expect(importBatches([])).toEqual([]);
  });

  it("previews without the recordings, which the verdicts do not read", () => {
    const year = sentFrom("fit-Standard.fit", 300);
    const preview = withoutStreams(year);
    expect(findUnstorableText({ activities: year })?.problem).toBe("too_large");
    expect(accepted(preview)).toBe(true);
    expect(preview.every((a, i) => a.startedAt === year[i]?.startedAt && a.stream === null)).toBe(
      true,
    );
  });
});
