import { describe, expect, it } from "vitest";
import { formatStrideCsv, parseStrideCsv, STRIDE_CSV_HEADER } from "./stride-csv";

const HEADER = STRIDE_CSV_HEADER.join(",");

describe("parseStrideCsv", () => {
  it("keeps the good rows and refuses each bad one with its line", () => {
    const text = [
      HEADER,
      '2026-10-05,06:42,run,8.05,45:10,62,6,"Easy, with strides"',
      "2026-10-06,,strength,,40:00,,7,",
      "2026-10-07,7:05:30,Cross-training,21.4,1:05:30,88,,",
      "2026-13-01,25:00,surf,far,90,-3,11,bad row",
      "",
      "2026-10-08,18:00,walk,3,30:00,,,",
    ].join("\n");
    const { activities, refused } = parseStrideCsv(text, "log.csv");
    expect(activities).toEqual([
      {
        startedAt: null,
        localStart: "2026-10-05T06:42:00",
        type: "run",
        name: null,
        distanceMetres: 8050,
        durationSeconds: 2710,
        elapsedSeconds: null,
        elevationGainMetres: 62,
        notes: "Easy, with strides",
        effort: 6,
        source: "stride_csv",
      },
      {
        startedAt: null,
        // A day without a time.
        localStart: "2026-10-06",
        type: "strength",
        name: null,
        distanceMetres: null,
        durationSeconds: 2400,
        elapsedSeconds: null,
        elevationGainMetres: null,
        notes: null,
        effort: 7,
        source: "stride_csv",
      },
      expect.objectContaining({
        localStart: "2026-10-07T07:05:30",
        type: "cross_training",
        distanceMetres: 21400,
        durationSeconds: 3930,
        effort: null,
      }),
      expect.objectContaining({
        localStart: "2026-10-08T18:00:00",
        type: "walk",
        distanceMetres: 3000,
      }),
    ]);
    expect(refused).toEqual([
      {
        file: "log.csv",
        line: 5,
        reason:
          'The date "2026-13-01" is not a date like 2026-10-05; the start time "25:00" is not a time like 06:42; the type "surf" is not one of run, walk, ride, swim, strength, cross_training, other; the distance "far" is not a number of kilometres like 8.05; the duration "90" is not a duration like 1:05:30 or 45:10; the elevation gain "-3" is not a number of metres; the effort "11" is not a whole number from 1 to 10.',
      },
    ]);
  });

  it("reads columns in any order and semicolon-separated files", () => {
    const text =
      "notes;type;date;start_time;distance_km;duration;elevation_gain_m;effort\nHot;run;2026-10-05;06:42;5.5;30:00;;\n";
    expect(parseStrideCsv(text, "excel.csv").activities[0]).toMatchObject({
      localStart: "2026-10-05T06:42:00",
      distanceMetres: 5500,
      notes: "Hot",
    });
  });

  it("refuses a file that lacks columns, naming them and the header to use", () => {
    expect(parseStrideCsv("date,type\n2026-10-05,run\n", "short.csv").refused).toEqual([
      {
        file: "short.csv",
        reason: `short.csv is not a complete Stride CSV: it has no start_time, distance_km, duration, elevation_gain_m, effort, notes columns; its first line should be ${HEADER}.`,
      },
    ]);
  });

  it("refuses rows with a missing date or type and a quote that never closes", () => {
    const text = [
      HEADER,
      ",06:00,,,,,,",
      '2026-10-05,06:00,run,,,,,"never closed',
      "2026-10-06,06:00,run,,,,,",
    ].join("\n");
    const { activities, refused } = parseStrideCsv(text, "q.csv");
    expect(activities).toEqual([]);
    expect(refused).toEqual([
      { file: "q.csv", line: 2, reason: "The date is missing; the type is missing." },
      {
        file: "q.csv",
        line: 3,
        reason: "A quote in this row is never closed, so the rest of the file ran into it.",
      },
    ]);
  });
});

describe("formatStrideCsv", () => {
  it("writes what parseStrideCsv reads back, quoting commas and defusing formulas", () => {
    // What is written comes back the same, its day and time read as one local start.
    const easyRun = {
      type: "run",
      distanceMetres: 8050,
      durationSeconds: 2710,
      elevationGainMetres: 62,
      effort: 6,
      notes: 'Easy, with "strides"',
    } as const;
    const text = formatStrideCsv([
      { date: "2026-10-05", startTime: "06:42:00", ...easyRun },
      {
        date: "2026-10-06",
        startTime: null,
        type: "strength",
        distanceMetres: null,
        durationSeconds: 3600,
        elevationGainMetres: null,
        effort: null,
        notes: '=HYPERLINK("http://evil")',
      },
    ]);
    expect(text.split("\n")[0]).toBe(STRIDE_CSV_HEADER.join(","));
    const { activities, refused } = parseStrideCsv(text, "export.csv");
    expect(refused).toEqual([]);
    expect(activities).toMatchObject([
      { localStart: "2026-10-05T06:42:00", ...easyRun },
      {
        localStart: "2026-10-06",
        type: "strength",
        distanceMetres: null,
        durationSeconds: 3600,
        notes: '\'=HYPERLINK("http://evil")',
      },
    ]);
  });
});
