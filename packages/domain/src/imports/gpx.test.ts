import { describe, expect, it } from "vitest";
import { readFixtureText } from "../../test/activity-fixtures";
import {
  distanceTolerance,
  gpxSegments,
  haversineMetres,
  numbersIn,
  pathMetres,
  type RawPoint,
  sumOfRises,
} from "../../test/independent-figures";
import { parseGpx } from "./gpx";

function parseFixture(name: string) {
  const text = readFixtureText(name);
  const result = parseGpx(text, name);
  return { text, result, activity: result.activities[0] };
}

/** Last time minus first time, from the raw file. */
function elapsedOf(segments: RawPoint[][]): number {
  const times = segments.flat().flatMap((point) => (point.time === null ? [] : [point.time]));
  return (Math.max(...times) - Math.min(...times)) / 1000;
}

/** The pause rule documented in track.ts (≥ 30 s at < 0.2 m/s), applied to raw points. */
function movingOf(segments: RawPoint[][]): number {
  let moving = 0;
  for (const points of segments) {
    for (let i = 1; i < points.length; i += 1) {
      const [a, b] = [points[i - 1], points[i]];
      if (a?.time == null || b?.time == null) continue;
      const seconds = (b.time - a.time) / 1000;
      const placed = a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null;
      const metres = placed
        ? haversineMetres(a.lat ?? 0, a.lon ?? 0, b.lat ?? 0, b.lon ?? 0)
        : null;
      if (!(metres !== null && seconds >= 30 && metres / seconds < 0.2)) moving += seconds;
    }
  }
  return moving;
}

describe("parseGpx on device files", () => {
  it("reads a Garmin eTrex track whose first point has no position", () => {
    const { text, result, activity } = parseFixture("gpx-standard.gpx");
    const segments = gpxSegments(text);
    expect(result.refused).toEqual([]);
    expect(activity).toMatchObject({
      // Runalyze's test for this file: 21:38 in Berlin.
      startedAt: "2013-02-04T20:38:00.000Z",
      localStart: null,
      type: "run",
      name: "04-FEB-13 22:16:37",
      notes: null,
      source: "gpx",
    });
    const expectedDistance = segments.reduce((total, points) => total + pathMetres(points), 0);
    expect(Math.abs((activity?.distanceMetres ?? 0) - expectedDistance)).toBeLessThanOrEqual(
      distanceTolerance(expectedDistance),
    );
    // Runalyze expects 5.993 km ± 0.1, 2306 s elapsed and 2295 ± 30 s moving; no gap here is a pause.
    expect(Math.abs((activity?.distanceMetres ?? 0) - 5993)).toBeLessThan(100);
    expect(activity?.elapsedSeconds).toBe(Math.round(elapsedOf(segments)));
    expect(activity?.elapsedSeconds).toBe(2306);
    expect(activity?.durationSeconds).toBe(Math.round(movingOf(segments)));
    expect(activity?.durationSeconds).toBe(2306);
    // The 5 m hysteresis (track.ts) gives 32.2 m; it can never exceed the sum of every rise.
    expect(activity?.elevationGainMetres).toBeCloseTo(32.2, 0);
    expect(activity?.elevationGainMetres ?? 0).toBeLessThanOrEqual(
      sumOfRises(numbersIn(text, "ele")),
    );
  });

  it("leaves the hour between two track segments out of distance and moving time", () => {
    const { text, result, activity } = parseFixture("gpx-break-between-trkseg.gpx");
    const segments = gpxSegments(text);
    expect(segments).toHaveLength(3);
    expect(result.refused).toEqual([]);
    expect(activity).toMatchObject({
      // 10:26:48.524+02:00, cut to the second.
      startedAt: "2010-04-02T08:26:48.000Z",
      name: "Ylläslenkki",
      type: "run",
    });
    const withinSegments = segments.reduce((total, points) => total + pathMetres(points), 0);
    const acrossGaps = pathMetres(segments.flat());
    expect(acrossGaps - withinSegments).toBeGreaterThan(5000);
    expect(Math.abs((activity?.distanceMetres ?? 0) - withinSegments)).toBeLessThanOrEqual(
      distanceTolerance(withinSegments),
    );
    expect(activity?.elapsedSeconds).toBe(Math.round(elapsedOf(segments)));
    expect(activity?.elapsedSeconds).toBe(22821);
    // Segment spans alone (what Runalyze counts: 5:17:21 ± 10 s) are the ceiling; long stops
    // inside the segments (one of 570 s over 7 m) come off as well.
    const segmentSpans = segments.reduce((total, points) => total + elapsedOf([points]), 0);
    expect(Math.abs(segmentSpans - (5 * 3600 + 17 * 60 + 21))).toBeLessThan(10);
    expect(activity?.durationSeconds).toBe(Math.round(movingOf(segments)));
    expect(activity?.durationSeconds).toBe(15889);
    expect(activity?.elevationGainMetres ?? 0).toBeLessThanOrEqual(
      sumOfRises(numbersIn(text, "ele")),
    );
    expect(activity?.elevationGainMetres).toBeCloseTo(1913, 0);
  });

  it("does not need heart rate on every point", () => {
    const { text, result, activity } = parseFixture("gpx-hr-not-always-there.gpx");
    const segments = gpxSegments(text);
    expect(result.refused).toEqual([]);
    expect(activity).toMatchObject({
      startedAt: "2016-09-16T16:31:53.000Z",
      name: "Sankt Pölten",
      // <desc></desc> is no note.
      notes: null,
      type: "run",
      elapsedSeconds: 363,
      durationSeconds: 363,
    });
    const expected = pathMetres(segments[0] ?? []);
    expect(Math.abs((activity?.distanceMetres ?? 0) - expected)).toBeLessThanOrEqual(
      distanceTolerance(expected),
    );
    expect(activity?.elevationGainMetres).toBeCloseTo(30, 0);
  });

  it("keeps the heart rate of the points that have one (gpxtpx:hr), and none for the rest", () => {
    const { text, activity } = parseFixture("gpx-hr-not-always-there.gpx");
    // Read from the file independently: each point's <gpxtpx:hr>, or null.
    const fromFile = [...text.matchAll(/<trkpt[\s\S]*?<\/trkpt>/g)].map((point) => {
      const hr = /<gpxtpx:hr>(\d+)<\/gpxtpx:hr>/.exec(point[0]);
      return hr ? Number(hr[1]) : null;
    });
    expect(fromFile).toHaveLength(52);
    expect(fromFile.filter((hr) => hr === null)).toHaveLength(6);
    expect(activity?.stream?.hr).toEqual(fromFile);
    // The metadata's summary (<s2t:minhr> and the like) is no point's heart rate.
    expect(activity?.stream?.hr?.[0]).toBe(112);
  });

  it("reads Strava's GPX export", () => {
    const { text, result, activity } = parseFixture("gpx-strava-export.gpx");
    const segments = gpxSegments(text);
    expect(result.refused).toEqual([]);
    expect(activity).toMatchObject({
      startedAt: "2015-12-01T20:11:32.000Z",
      name: "Nachtlauf",
      type: "run",
      elapsedSeconds: Math.round(elapsedOf(segments)),
      durationSeconds: Math.round(movingOf(segments)),
    });
    expect(activity?.elapsedSeconds).toBe(1156);
    const expected = pathMetres(segments[0] ?? []);
    expect(expected).toBeGreaterThan(3600);
    expect(Math.abs((activity?.distanceMetres ?? 0) - expected)).toBeLessThanOrEqual(
      distanceTolerance(expected),
    );
    expect(activity?.elevationGainMetres).toBeCloseTo(13.8, 0);
  });

  it("refuses a route made on GPSies, whose times the planner made up", () => {
    const { result } = parseFixture("gpx-Route-only.gpx");
    expect(result.activities).toEqual([]);
    expect(result.refused).toEqual([
      {
        file: "gpx-Route-only.gpx",
        reason:
          "gpx-Route-only.gpx is a route planned on GPSies, not a recorded activity: the planner made up its times.",
      },
    ]);
  });
});

const gpx = (body: string, attributes = "") =>
  `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"${attributes}>${body}</gpx>`;
const point = (lat: number, lon: number, time?: string, ele?: number) =>
  `<trkpt lat="${lat}" lon="${lon}">${ele === undefined ? "" : `<ele>${ele}</ele>`}${
    time === undefined ? "" : `<time>${time}</time>`
  }</trkpt>`;
/** Points along the equator, 0.001° of longitude (about 111.3 m) and `seconds` apart. */
const eastward = (count: number, seconds: number, from = 0, startSecond = 0) =>
  Array.from({ length: count }, (_, i) =>
    point(
      0.0001,
      (from + i) * 0.001,
      new Date(Date.UTC(2026, 9, 5, 6, 0, startSecond + i * seconds)).toISOString(),
    ),
  ).join("");

describe("parseGpx rules", () => {
  it("takes the sport from the track's name when there is no <type> (Runkeeper, Strava)", () => {
    const result = parseGpx(
      gpx(
        `<trk><name>Cycling 3/14/13 5:05 pm</name><trkseg>${eastward(3, 10)}</trkseg></trk>` +
          `<trk><name>Morning Swim</name><trkseg>${eastward(3, 10)}</trkseg></trk>` +
          `<trk><name>Nachtlauf</name><trkseg>${eastward(3, 30)}</trkseg></trk>`,
      ),
      "runkeeper.gpx",
    );
    expect(result.activities.map((activity) => activity.type)).toEqual(["ride", "swim", "run"]);
  });

  it("makes one activity per timed track, typed from <type>", () => {
    const result = parseGpx(
      gpx(
        `<trk><name>Run</name><type>9</type><trkseg>${eastward(3, 30)}</trkseg></trk>` +
          `<trk><name>Ride</name><type>cycling</type><trkseg>${eastward(3, 10)}</trkseg></trk>` +
          `<trk><type>Golf</type><trkseg>${eastward(2, 10)}</trkseg></trk>`,
      ),
      "three.gpx",
    );
    expect(result.activities.map((activity) => [activity.name, activity.type])).toEqual([
      ["Run", "run"],
      ["Ride", "ride"],
      [null, "other"],
    ]);
    expect(result.activities[0]?.distanceMetres).toBeCloseTo(2 * 111.3, 0);
  });

  it("counts neither distance nor time across the gap between segments", () => {
    const result = parseGpx(
      gpx(
        `<trk><trkseg>${eastward(3, 10)}</trkseg><trkseg>${eastward(3, 10, 100, 3600)}</trkseg></trk>`,
      ),
      "gap.gpx",
    );
    const [activity] = result.activities;
    expect(activity?.distanceMetres).toBeCloseTo(4 * 111.3, 0);
    expect(activity?.durationSeconds).toBe(40);
    expect(activity?.elapsedSeconds).toBe(3620);
  });

  it("takes an obvious pause out of moving time but keeps a slow stretch", () => {
    const start = Date.UTC(2026, 9, 5, 6, 0, 0);
    const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
    const track = [
      point(0.0001, 0, at(0)),
      point(0.0001, 0.001, at(30)), // 111 m in 30 s: running
      point(0.0001, 0.00101, at(630)), // 1 m in 10 minutes: a pause
      point(0.0001, 0.00201, at(660)),
      point(0.0001, 0.00221, at(720)), // 22 m in 60 s: slow, still moving
    ].join("");
    const [activity] = parseGpx(
      gpx(`<trk><trkseg>${track}</trkseg></trk>`),
      "pause.gpx",
    ).activities;
    expect(activity?.elapsedSeconds).toBe(720);
    expect(activity?.durationSeconds).toBe(120);
  });

  it("ignores points at 0,0, which some loggers write before a fix", () => {
    const track = `${point(0, 0, "2026-10-05T06:00:00Z")}${eastward(2, 10, 1, 10)}`;
    const [activity] = parseGpx(gpx(`<trk><trkseg>${track}</trkseg></trk>`), "fix.gpx").activities;
    expect(activity?.distanceMetres).toBeCloseTo(111.3, 0);
    expect(activity?.startedAt).toBe("2026-10-05T06:00:00.000Z");
  });

  it("falls back to the metadata name and description", () => {
    const [activity] = parseGpx(
      gpx(
        `<metadata><name>Park run</name><desc>Windy</desc></metadata><trk><trkseg>${eastward(2, 5)}</trkseg></trk>`,
      ),
      "meta.gpx",
    ).activities;
    expect(activity).toMatchObject({ name: "Park run", notes: "Windy" });
  });

  it("refuses a file with only a route, or track points without times", () => {
    const route = parseGpx(
      gpx('<rte><rtept lat="1" lon="1"/><rtept lat="1" lon="2"/></rte>'),
      "r.gpx",
    );
    expect(route.refused).toEqual([
      { file: "r.gpx", reason: "r.gpx holds a planned route, not a recorded activity." },
    ]);
    const untimed = parseGpx(
      gpx(`<trk><trkseg>${point(1, 1)}${point(1, 2)}</trkseg></trk>`),
      "u.gpx",
    );
    expect(untimed.activities).toEqual([]);
    expect(untimed.refused[0]?.reason).toBe(
      "u.gpx has track points without times, so it is a planned route rather than a recorded activity.",
    );
    const empty = parseGpx(gpx("<trk><trkseg></trkseg></trk>"), "e.gpx");
    expect(empty.refused[0]?.reason).toBe(
      "e.gpx has no track points, so there is no activity in it.",
    );
  });

  it("keeps the timed track and names the untimed one it left out", () => {
    const result = parseGpx(
      gpx(
        `<trk><trkseg>${eastward(2, 5)}</trkseg></trk><trk><trkseg>${point(1, 1)}</trkseg></trk>`,
      ),
      "mixed.gpx",
    );
    expect(result.activities).toHaveLength(1);
    expect(result.refused).toEqual([
      { file: "mixed.gpx", reason: "Track 2 has no times, so it was left out." },
    ]);
  });

  it("refuses broken XML with the line where it breaks", () => {
    const result = parseGpx('<gpx>\n<trk>\n<trkseg>\n<trkpt lat="1" lon="1">\n</gpx>', "cut.gpx");
    expect(result.activities).toEqual([]);
    expect(result.refused[0]?.reason).toMatch(
      /^cut\.gpx could not be read: it is not well-formed XML \(line 5: /,
    );
  });
});
