import { describe, expect, it } from "vitest";
import { readFixtureText } from "../../test/activity-fixtures";
import { parseStravaCsv } from "./strava-csv";

describe("parseStravaCsv on the export fixture", () => {
  const { activities, refused } = parseStravaCsv(
    readFixtureText("strava-activities.csv"),
    "strava-activities.csv",
  );

  it("imports the first five rows with the figures the README states", () => {
    expect(activities).toEqual([
      {
        startedAt: "2026-10-05T06:42:10.000Z",
        localStart: null,
        type: "run",
        name: "Morning Run",
        distanceMetres: 8051.3,
        durationSeconds: 2950,
        elapsedSeconds: 3012,
        elevationGainMetres: 62,
        notes: "Easy, conversational pace",
        source: "strava_csv",
      },
      {
        startedAt: "2026-10-07T17:58:44.000Z",
        localStart: null,
        type: "strength",
        name: "Strength - legs and core",
        distanceMetres: null,
        durationSeconds: 2410,
        elapsedSeconds: 2410,
        elevationGainMetres: null,
        notes: null,
        source: "strava_csv",
      },
      {
        startedAt: "2026-10-11T07:15:02.000Z",
        localStart: null,
        type: "run",
        name: "Long run, river loop",
        distanceMetres: 16118.6,
        durationSeconds: 5874,
        elapsedSeconds: 6125,
        elevationGainMetres: 141,
        // The private note ("felt strong after km 10") stays on Strava.
        notes: null,
        source: "strava_csv",
      },
      {
        startedAt: "2026-10-12T09:03:37.000Z",
        localStart: null,
        type: "ride",
        name: "Recovery spin",
        distanceMetres: 21398.2,
        durationSeconds: 3502,
        elapsedSeconds: 3650,
        elevationGainMetres: 88,
        notes: null,
        source: "strava_csv",
      },
      {
        startedAt: "2026-10-14T12:20:55.000Z",
        localStart: null,
        type: "swim",
        name: "Lunch Swim",
        distanceMetres: 1500,
        durationSeconds: 1980,
        elapsedSeconds: 2280,
        elevationGainMetres: 0,
        notes: null,
        source: "strava_csv",
      },
    ]);
  });

  it("refuses the last row with its line and every reason", () => {
    expect(refused).toEqual([
      {
        file: "strava-activities.csv",
        line: 7,
        reason:
          'The activity date "yesterday-ish" is not a date like "Oct 5, 2026, 6:42:10 AM"; the elapsed time "abc" is not a number of seconds; the distance "x" is not a number.',
      },
    ]);
  });
});

const HEADER =
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Elapsed Time,Moving Time,Distance,Elevation Gain";

describe("parseStravaCsv rules", () => {
  it("counts lines through descriptions that span several lines", () => {
    const text = [
      HEADER,
      '1,"Oct 5, 2026, 6:42:10 AM",Run one,Run,"Line one',
      'line two, with a comma",600,2.00,600.0,590.0,2001.5,10.0',
      "",
      '2,"Oct 6, 2026, 6:42:10 PM",Run two,TrailRun,,600,oops,600.0,590.0,,10.0',
    ].join("\r\n");
    const result = parseStravaCsv(text, "a.csv");
    expect(result.activities.map((a) => [a.name, a.notes, a.distanceMetres])).toEqual([
      ["Run one", "Line one\nline two, with a comma", 2001.5],
    ]);
    expect(result.refused).toEqual([
      { file: "a.csv", line: 5, reason: 'The distance "oops" is not a number.' },
    ]);
  });

  it("falls back to the first Distance, in kilometres except for swims", () => {
    const text = [
      "Activity Date,Activity Type,Elapsed Time,Distance",
      '"Oct 5, 2026, 6:42:10 AM",Run,3000,8.05',
      '"Oct 6, 2026, 6:42:10 AM",Swim,2000,1500',
      '"Oct 7, 2026, 6:42:10 AM",Hike,9000,',
    ].join("\n");
    const { activities } = parseStravaCsv(text, "old.csv");
    expect(activities.map((a) => [a.type, a.distanceMetres, a.durationSeconds])).toEqual([
      ["run", 8050, 3000],
      ["swim", 1500, 2000],
      ["walk", null, 9000],
    ]);
  });

  it("maps Strava's activity types", () => {
    const types = [
      "Run",
      "VirtualRun",
      "Walk",
      "Hike",
      "WeightTraining",
      "Workout",
      "Crossfit",
      "Yoga",
    ];
    const more = ["Ride", "Swim", "Rowing", "Elliptical", "NordicSki", "Golf", "Sail"];
    const text = [
      "Activity Date,Activity Type",
      ...[...types, ...more].map((type) => `"Oct 5, 2026, 6:42:10 AM",${type}`),
    ].join("\n");
    expect(parseStravaCsv(text, "t.csv").activities.map((a) => a.type)).toEqual([
      ...["run", "run", "walk", "walk", "strength", "strength", "strength", "strength"],
      ...["ride", "swim", "cross_training", "cross_training", "cross_training"],
      ...["other", "other"],
    ]);
  });

  it("refuses a row with a comma outside quotes, which shifts its columns", () => {
    const text = [
      "Activity Date,Activity Type,Activity Name",
      '"Oct 5, 2026, 6:42:10 AM",Run,Easy, slow',
    ].join("\n");
    expect(parseStravaCsv(text, "c.csv").refused[0]).toEqual({
      file: "c.csv",
      line: 2,
      reason:
        "The row has 4 values where the header has 3 (a comma inside a value that is not in quotes?).",
    });
  });
});
