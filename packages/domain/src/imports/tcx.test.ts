import { describe, expect, it } from "vitest";
import { readFixtureText } from "../../test/activity-fixtures";
import { haversineMetres, numbersIn, sumOfRises } from "../../test/independent-figures";
import { parseTcx } from "./tcx";

/** Each lap's own totals: TotalTimeSeconds is directly followed by the lap's DistanceMeters. */
function lapTotals(text: string) {
  const laps = [
    ...text.matchAll(
      /<TotalTimeSeconds>([\d.]+)<\/TotalTimeSeconds>\s*<DistanceMeters>([\d.]+)<\/DistanceMeters>/g,
    ),
  ];
  return {
    count: laps.length,
    seconds: laps.reduce((total, [, seconds]) => total + Number(seconds), 0),
    metres: laps.reduce((total, [, , metres]) => total + Number(metres), 0),
  };
}

/** Seconds from the activity's Id to its last trackpoint. */
function idToLastPoint(text: string): number {
  const id = Date.parse(/<Id>([^<]+)<\/Id>/.exec(text)?.[1] ?? "");
  const times = [...text.matchAll(/<Time>(\d{4}-[^<]+)<\/Time>/g)].map(([, time]) =>
    Date.parse(time ?? ""),
  );
  return (Math.max(...times) - id) / 1000;
}

describe("parseTcx on device files", () => {
  it("takes distance and timer time from the laps of a Garmin run", () => {
    const text = readFixtureText("tcx-Standard.tcx");
    const laps = lapTotals(text);
    expect(laps.count).toBe(23);
    const { activities, refused } = parseTcx(text, "tcx-Standard.tcx");
    expect(refused).toEqual([]);
    expect(activities).toHaveLength(1);
    const [activity] = activities;
    expect(activity).toMatchObject({
      startedAt: "2011-07-10T09:47:00.000Z",
      localStart: null,
      type: "run",
      name: null,
      notes: null,
      source: "tcx",
    });
    // Runalyze's test for this file: 22.224 km ± 0.1, 6523 ± 30 s moving, 6699 s elapsed.
    expect(Math.abs((activity?.distanceMetres ?? 0) - laps.metres)).toBeLessThan(0.1);
    expect(Math.abs((activity?.distanceMetres ?? 0) - 22224)).toBeLessThan(100);
    // The laps' timer says 6524 s; the watch had no auto-pause, and its own distance stands still
    // for 31 s in stretches of 10 s or more, which are not moving time.
    expect(Math.round(laps.seconds)).toBe(6524);
    expect(activity?.durationSeconds).toBe(6493);
    expect(Math.abs((activity?.durationSeconds ?? 0) - 6523)).toBeLessThanOrEqual(30);
    expect(activity?.durationSeconds ?? 0).toBeLessThanOrEqual(activity?.elapsedSeconds ?? 0);
    expect(Math.abs((activity?.elapsedSeconds ?? 0) - idToLastPoint(text))).toBeLessThanOrEqual(1);
    expect(Math.abs((activity?.elapsedSeconds ?? 0) - 6699)).toBeLessThanOrEqual(1);
    const altitudes = numbersIn(text, "AltitudeMeters");
    expect(activity?.elevationGainMetres ?? 0).toBeLessThanOrEqual(sumOfRises(altitudes));
    // The 5 m hysteresis (track.ts) on a hilly course; every rise summed would be 1355 m.
    expect(activity?.elevationGainMetres).toBeCloseTo(1100.2, 0);
  });

  it("uses the lap distance when trackpoints lack theirs", () => {
    const text = readFixtureText("tcx-missing-distances.tcx");
    const laps = lapTotals(text);
    const [activity] = parseTcx(text, "tcx-missing-distances.tcx").activities;
    expect(laps).toMatchObject({ count: 1, seconds: 131, metres: 299.03 });
    expect(activity).toMatchObject({
      startedAt: "2010-12-27T14:46:29.000Z",
      type: "run",
      durationSeconds: 131,
      elapsedSeconds: 131,
    });
    expect(activity?.distanceMetres).toBeCloseTo(299, 0);
    // The positions agree with the lap to within GPS error.
    const lats = numbersIn(text, "LatitudeDegrees");
    const lons = numbersIn(text, "LongitudeDegrees");
    let fromPositions = 0;
    for (let i = 1; i < lats.length; i += 1) {
      fromPositions += haversineMetres(
        lats[i - 1] ?? 0,
        lons[i - 1] ?? 0,
        lats[i] ?? 0,
        lons[i] ?? 0,
      );
    }
    expect(Math.abs(fromPositions - 299.03) / 299.03).toBeLessThan(0.1);
  });

  it("imports an indoor ride with its time and no distance", () => {
    const text = readFixtureText("tcx-Indoor-Training.tcx");
    const laps = lapTotals(text);
    expect(laps).toMatchObject({ count: 1, metres: 0 });
    expect(text).not.toContain("<Position>");
    const { activities, refused } = parseTcx(text, "tcx-Indoor-Training.tcx");
    expect(refused).toEqual([]);
    expect(activities).toEqual([
      {
        startedAt: "2012-02-10T15:48:02.000Z",
        localStart: null,
        type: "ride",
        name: null,
        // The lap says 0 m: a trainer without a speed sensor, so no distance rather than zero.
        distanceMetres: null,
        // Runalyze's test: 7204 s moving and elapsed.
        durationSeconds: Math.round(laps.seconds),
        elapsedSeconds: 7204,
        elevationGainMetres: null,
        notes: null,
        // No positions and no distance: the stream keeps the times and the heart rate.
        stream: expect.objectContaining({ d: null, lat: null, hr: expect.any(Array) }),
        source: "tcx",
      },
    ]);
    expect(activities[0]?.durationSeconds).toBe(7204);
  });
});

const tcx = (activities: string, extra = "") =>
  `<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>${activities}</Activities>${extra}</TrainingCenterDatabase>`;
const trackpoint = (time: string, lat: number, lon: number) =>
  `<Trackpoint><Time>${time}</Time><Position><LatitudeDegrees>${lat}</LatitudeDegrees><LongitudeDegrees>${lon}</LongitudeDegrees></Position></Trackpoint>`;

describe("parseTcx rules", () => {
  it("leaves out standing still inside a lap (a watch without auto-pause timing a stop)", () => {
    // Polar's export: one 10-minute lap, run at 3 m/s with a 160 s stop at a crossing.
    const point = (seconds: number, metres: number) =>
      `<Trackpoint><Time>${new Date(Date.UTC(2026, 9, 5, 6, 0, seconds)).toISOString()}</Time><DistanceMeters>${metres}</DistanceMeters></Trackpoint>`;
    const points: string[] = [];
    let metres = 0;
    for (let second = 0; second <= 600; second += 5) {
      points.push(point(second, metres));
      const standing = second >= 200 && second < 360;
      metres += standing ? 0 : 15;
    }
    const lap = `<Lap StartTime="2026-10-05T06:00:00Z"><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>${metres - 15}</DistanceMeters><Track>${points.join("")}</Track></Lap>`;
    const [activity] = parseTcx(
      tcx(`<Activity Sport="Running"><Id>2026-10-05T06:00:00Z</Id>${lap}</Activity>`),
      "polar.tcx",
    ).activities;
    expect(activity).toMatchObject({ durationSeconds: 600 - 160, elapsedSeconds: 600 });
  });

  it("never gives more moving time than elapsed time", () => {
    const lap = `<Lap StartTime="2026-10-05T06:00:00Z"><TotalTimeSeconds>900</TotalTimeSeconds><DistanceMeters>2000</DistanceMeters><Track>${trackpoint("2026-10-05T06:00:00Z", 0, 0.001)}${trackpoint("2026-10-05T06:10:00Z", 0, 0.01)}</Track></Lap>`;
    const [activity] = parseTcx(
      tcx(`<Activity Sport="Running"><Id>2026-10-05T06:00:00Z</Id>${lap}</Activity>`),
      "timer.tcx",
    ).activities;
    // The lap's end (start + 900 s timer) is the last moment known, so elapsed is 900 s too.
    expect(activity?.durationSeconds ?? 0).toBeLessThanOrEqual(activity?.elapsedSeconds ?? 0);
  });

  it("computes the distance from positions when the laps give none", () => {
    const lap = `<Lap StartTime="2026-10-05T06:00:00Z"><TotalTimeSeconds>20</TotalTimeSeconds><Track>${trackpoint("2026-10-05T06:00:00Z", 0, 0.001)}${trackpoint("2026-10-05T06:00:10Z", 0, 0.002)}${trackpoint("2026-10-05T06:00:20Z", 0, 0.003)}</Track></Lap>`;
    const [activity] = parseTcx(
      tcx(
        `<Activity Sport="Running"><Id>2026-10-05T06:00:00Z</Id>${lap}<Notes>Hills</Notes></Activity>`,
      ),
      "laps.tcx",
    ).activities;
    expect(activity?.distanceMetres).toBeCloseTo(222.6, 0);
    expect(activity).toMatchObject({ durationSeconds: 20, elapsedSeconds: 20, notes: "Hills" });
  });

  it("makes one activity per Activity, typed by Sport", () => {
    const activity = (sport: string, id: string) =>
      `<Activity Sport="${sport}"><Id>${id}</Id><Lap StartTime="${id}"><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters></Lap></Activity>`;
    const { activities } = parseTcx(
      tcx(
        activity("Biking", "2026-10-05T06:00:00Z") +
          activity("Running", "2026-10-05T07:00:00Z") +
          activity("Other", "2026-10-05T08:00:00Z"),
      ),
      "multi.tcx",
    );
    expect(activities.map((a) => [a.type, a.startedAt, a.distanceMetres])).toEqual([
      ["ride", "2026-10-05T06:00:00.000Z", 200],
      ["run", "2026-10-05T07:00:00.000Z", 200],
      ["other", "2026-10-05T08:00:00.000Z", 200],
    ]);
  });

  it("refuses a course and a file without activities", () => {
    const course = parseTcx(
      "<TrainingCenterDatabase><Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>",
      "c.tcx",
    );
    expect(course.refused).toEqual([
      { file: "c.tcx", reason: "c.tcx holds a course (a planned route), not a recorded activity." },
    ]);
    expect(parseTcx(tcx(""), "none.tcx").refused[0]?.reason).toBe(
      "none.tcx has no activities in it.",
    );
  });

  it("leaves out an activity with no time at all", () => {
    const result = parseTcx(
      tcx(
        '<Activity Sport="Running"><Lap><TotalTimeSeconds>60</TotalTimeSeconds></Lap></Activity>',
      ),
      "t.tcx",
    );
    expect(result.activities).toEqual([]);
    expect(result.refused).toEqual([
      { file: "t.tcx", reason: "Activity 1 has no start time, so it was left out." },
    ]);
  });
});
