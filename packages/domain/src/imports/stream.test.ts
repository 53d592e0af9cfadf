import { describe, expect, it } from "vitest";
import { readFixture, readFixtureText } from "../../test/activity-fixtures";
import { parseActivityFile } from "./parse-file";
import { compactStream, MAX_STREAM_POINTS, splitsOf } from "./stream";
import { parseTcx } from "./tcx";

/** Each lap's wall-clock length: from its start to the next lap's start. */
const lapTimes = (text: string) => {
  const starts = [...text.matchAll(/<Lap StartTime="([^"]+)"/g)].map((m) => Date.parse(m[1] ?? ""));
  return starts.slice(1).map((start, i) => (start - (starts[i] ?? 0)) / 1000);
};

describe("activity streams from real files", () => {
  it("keeps the Garmin TCX's 3,056 points as 500, and its km splits match the watch's 1 km laps", () => {
    const text = readFixtureText("tcx-Standard.tcx");
    const [activity] = parseTcx(text, "tcx-Standard.tcx").activities;
    const stream = activity?.stream;
    expect(stream?.t).toHaveLength(MAX_STREAM_POINTS);
    expect(stream?.hr?.every((bpm) => bpm === null || (bpm > 60 && bpm < 200))).toBe(true);
    expect(JSON.stringify(stream).length).toBeLessThan(25_000);
    const splits = splitsOf(
      stream ?? { t: [], d: null, lat: null, lon: null, ele: null, hr: null },
      1000,
    );
    // 22.2 km: 22 whole kilometres and the rest.
    expect(splits).toHaveLength(23);
    expect(splits.slice(0, 22).every((s) => s.metres === 1000)).toBe(true);
    // The watch lapped every kilometre; the splits agree with the laps' wall-clock lengths within a
    // few seconds (the stream keeps one point in six).
    const laps = lapTimes(text);
    for (const [i, split] of splits.slice(0, 22).entries()) {
      expect(Math.abs(split.seconds - (laps[i] ?? 0))).toBeLessThanOrEqual(12);
    }
    // All splits together: the recording, which ends at its last kept sample, a few seconds before
    // the last lap's end that the elapsed time counts to.
    const total = splits.reduce((sum, s) => sum + s.seconds, 0);
    expect(Math.abs(total - (activity?.elapsedSeconds ?? 0))).toBeLessThanOrEqual(15);
  });

  it("gives a route and an elevation profile from every recording with positions", () => {
    for (const name of [
      "gpx-standard.gpx",
      "fit-Fenix-2-pauses.fit",
      "gpx-break-between-trkseg.gpx",
    ]) {
      const [activity] = parseActivityFile(name, readFixture(name)).activities;
      const stream = activity?.stream;
      expect(
        stream?.lat?.some((v) => v !== null),
        name,
      ).toBe(true);
      expect(
        stream?.ele?.some((v) => v !== null),
        name,
      ).toBe(true);
      // The last sample's distance is the activity's, to within the file's own rounding.
      const last = stream?.d?.filter((v) => v !== null).at(-1) ?? 0;
      expect(Math.abs(last - (activity?.distanceMetres ?? 0)), name).toBeLessThan(
        (activity?.distanceMetres ?? 0) * 0.02,
      );
    }
  });

  it("counts splits in miles as well, the last one partial", () => {
    const stream = compactStream(
      Array.from({ length: 11 }, (_, i) => ({
        t: i * 300,
        d: i * 500,
        lat: null,
        lon: null,
        ele: null,
        hr: null,
      })),
    );
    // 5 km at 10:00 per km: three miles of 16:05.6 and 1,772 m left over.
    const splits = splitsOf(
      stream ?? { t: [], d: null, lat: null, lon: null, ele: null, hr: null },
      1609.344,
    );
    expect(splits.map((s) => s.metres)).toEqual([1609, 1609, 1609, 172]);
    expect(splits[0]?.seconds).toBe(966);
  });
});
