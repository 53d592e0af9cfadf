import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listFixtures, readFixture } from "../../test/activity-fixtures";
import { MAX_IMPORT_FILE_BYTES, parseActivityFile } from "./parse-file";
import type { FileImport } from "./types";

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** What each device file yields through the front door; figures are checked per format. */
const FIXTURES: Record<string, { source: string; imported: number; refused: number }> = {
  "fit-FR70-intervals.fit": { source: "fit", imported: 1, refused: 0 },
  "fit-Fenix-2-pauses.fit": { source: "fit", imported: 1, refused: 0 },
  "fit-Standard.fit": { source: "fit", imported: 1, refused: 0 },
  "gpx-Route-only.gpx": { source: "gpx", imported: 0, refused: 1 },
  "gpx-break-between-trkseg.gpx": { source: "gpx", imported: 1, refused: 0 },
  "gpx-hr-not-always-there.gpx": { source: "gpx", imported: 1, refused: 0 },
  "gpx-standard.gpx": { source: "gpx", imported: 1, refused: 0 },
  "gpx-strava-export.gpx": { source: "gpx", imported: 1, refused: 0 },
  "strava-activities.csv": { source: "strava_csv", imported: 5, refused: 1 },
  "tcx-Indoor-Training.tcx": { source: "tcx", imported: 1, refused: 0 },
  "tcx-Standard.tcx": { source: "tcx", imported: 1, refused: 0 },
  "tcx-missing-distances.tcx": { source: "tcx", imported: 1, refused: 0 },
};

function expectWellFormed(result: FileImport, file: string) {
  expect(result.file).toBe(file);
  for (const refusal of result.refused) {
    expect(refusal.file).toBe(file);
    expect(refusal.reason).toMatch(/^\S.{10,}\.$/s);
  }
  for (const activity of result.activities) {
    expect(activity.startedAt ?? activity.localStart).not.toBeNull();
    for (const figure of [
      activity.distanceMetres,
      activity.durationSeconds,
      activity.elapsedSeconds,
      activity.elevationGainMetres,
    ]) {
      if (figure !== null) expect(Number.isFinite(figure) && figure >= 0).toBe(true);
    }
  }
}

describe("parseActivityFile on every device file", () => {
  it("has an expectation for each fixture, so a new one cannot slip by", () => {
    expect(listFixtures()).toEqual(Object.keys(FIXTURES).sort());
  });

  it.each(Object.entries(FIXTURES))("%s", (name, expected) => {
    const result = parseActivityFile(name, readFixture(name));
    expectWellFormed(result, name);
    expect(result.activities).toHaveLength(expected.imported);
    expect(result.refused).toHaveLength(expected.refused);
    for (const activity of result.activities) expect(activity.source).toBe(expected.source);
  });
});

describe("parseActivityFile refuses what it cannot read, saying why", () => {
  const refusal = (name: string, bytes: Uint8Array) => {
    const result = parseActivityFile(name, bytes);
    expect(result.activities).toEqual([]);
    expect(result.refused).toHaveLength(1);
    return result.refused[0]?.reason;
  };

  it.each([
    [
      "an empty file",
      "run.gpx",
      new Uint8Array(),
      "run.gpx is empty: there is nothing in it to import.",
    ],
    [
      "a file over the size limit, before reading it",
      "huge.gpx",
      new Uint8Array(MAX_IMPORT_FILE_BYTES + 1),
      "huge.gpx is too big to import: 20.1 MB, where the limit is 20 MB.",
    ],
    [
      "a FIT file named .gpx",
      "run.gpx",
      readFixture("fit-Standard.fit"),
      "run.gpx is not a GPX file: it is a FIT file.",
    ],
    [
      "another kind of XML",
      "map.gpx",
      bytesOf('<?xml version="1.0"?><kml><Document/></kml>'),
      "map.gpx is not a GPX file: it looks like an XML document whose root element is <kml>.",
    ],
    [
      "a compressed file, with what to do",
      "ride.gpx.gz",
      Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]),
      "ride.gpx.gz is not a file Stride can import (GPX, TCX, FIT, or a Strava or Stride CSV): it looks like a compressed (gzip) file; unpack it and import the file inside.",
    ],
    [
      "a CSV with nothing below its header",
      "activities.csv",
      bytesOf("Activity ID,Activity Date,Activity Type\n\n"),
      "activities.csv has no rows below its header, so there is nothing to import.",
    ],
    [
      "a CSV that is neither Strava's nor Stride's",
      "bank.csv",
      bytesOf("when,amount\n2026-10-05,12.50\n"),
      'bank.csv is not a Strava export or a Stride CSV: it looks like text whose first line is "when,amount".',
    ],
  ])("%s", (_, name, bytes, reason) => {
    expect(refusal(name, bytes)).toBe(reason);
  });

  it("a TCX file named .gpx, and a GPX file named .fit", () => {
    expect(refusal("run.gpx", readFixture("tcx-missing-distances.tcx"))).toBe(
      "run.gpx is not a GPX file: it looks like a TCX file.",
    );
    expect(refusal("run.fit", readFixture("gpx-standard.gpx"))).toBe(
      "run.fit is not a FIT file: it looks like a GPX file.",
    );
  });

  it("garbage named .gpx", () => {
    expect(refusal("run.gpx", bytesOf("hello world\nthis is not a track"))).toBe(
      'run.gpx is not a GPX file: it looks like text whose first line is "hello world".',
    );
    expect(refusal("run.gpx", Uint8Array.from([1, 0, 2, 250, 13, 0, 9]))).toBe(
      "run.gpx is not a GPX file: it looks like binary data.",
    );
    expect(refusal("run.gpx", bytesOf(" \n\t "))).toBe(
      "run.gpx is not a GPX file: it looks like nothing but blank space.",
    );
  });

  it("malformed XML, with the line where it breaks", () => {
    const cut = '<?xml version="1.0"?>\n<gpx>\n  <trk>\n    <trkseg>\n</gpx>';
    expect(refusal("cut.gpx", bytesOf(cut))).toMatch(
      /^cut\.gpx could not be read: it is not well-formed XML \(line 5: .+\)\.$/,
    );
  });
});

describe("parseActivityFile goes by content", () => {
  it("reads a known format whatever the extension, when the extension promises nothing", () => {
    const result = parseActivityFile("download", readFixture("gpx-strava-export.gpx"));
    expect(result.activities[0]?.name).toBe("Nachtlauf");
  });

  it("reads Stride's CSV and refuses only its bad row", () => {
    const text = [
      "date,start_time,type,distance_km,duration,elevation_gain_m,effort,notes",
      "2026-10-05,06:42,run,8.05,45:10,62,6,",
      "2026-10-06,06:42,run,eight,45:10,62,6,",
      "2026-10-07,06:42,walk,3,30:00,,,",
    ].join("\n");
    const result = parseActivityFile("log.csv", bytesOf(text));
    expect(result.activities.map((activity) => activity.localStart)).toEqual([
      "2026-10-05T06:42:00",
      "2026-10-07T06:42:00",
    ]);
    expect(result.refused).toEqual([
      {
        file: "log.csv",
        line: 3,
        reason: 'The distance "eight" is not a number of kilometres like 8.05.',
      },
    ]);
  });

  it("reads a GPX declared as ISO-8859-1", () => {
    const text =
      '<?xml version="1.0" encoding="ISO-8859-1"?><gpx><trk><name>Köln</name><trkseg>' +
      '<trkpt lat="50.9" lon="6.9"><time>2026-10-05T06:00:00Z</time></trkpt>' +
      '<trkpt lat="50.91" lon="6.9"><time>2026-10-05T06:05:00Z</time></trkpt></trkseg></trk></gpx>';
    const latin1 = Uint8Array.from(text, (character) => character.charCodeAt(0));
    expect(parseActivityFile("koeln.gpx", latin1).activities[0]?.name).toBe("Köln");
  });
});

describe("parseActivityFile never throws", () => {
  const names = fc.constantFrom("a.gpx", "a.tcx", "a.fit", "a.csv", "a.txt", "a");
  const FIT_HEADER = [14, 0x10, 0, 0, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0];
  const prefixes = fc.constantFrom(
    "",
    "<gpx><trk><trkseg><trkpt lat='1' lon='2'><time>",
    "<TrainingCenterDatabase><Activities><Activity Sport='Running'><Id>",
    "Activity ID,Activity Date,Activity Type,Distance\n",
    "date,start_time,type,distance_km,duration,elevation_gain_m,effort,notes\n",
  );

  it("on random bytes or text after a real header", () => {
    fc.assert(
      fc.property(
        names,
        prefixes,
        fc.boolean(),
        fc.uint8Array({ maxLength: 600 }),
        fc.string({ maxLength: 300 }),
        (name, prefix, fitHeader, tail, text) => {
          const head = fitHeader ? Uint8Array.from(FIT_HEADER) : bytesOf(prefix + text);
          const bytes = new Uint8Array([...head, ...tail]);
          const result = parseActivityFile(name, bytes);
          expectWellFormed(result, name);
          expect(result.activities.length + result.refused.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
