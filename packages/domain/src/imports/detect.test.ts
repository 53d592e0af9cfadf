import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/activity-fixtures";
import { csvHeader, describeBinary, detectText, extensionOf, hasFitHeader } from "./detect";
import { decodeText } from "./text";

describe("hasFitHeader", () => {
  it("finds .FIT in bytes 8–11", () => {
    expect(hasFitHeader(readFixture("fit-FR70-intervals.fit"))).toBe(true);
    expect(hasFitHeader(readFixture("gpx-standard.gpx"))).toBe(false);
    expect(hasFitHeader(Uint8Array.from([14, 16, 0, 0, 0, 0, 0, 0, 0x2e, 0x46, 0x49]))).toBe(false);
  });
});

describe("detectText", () => {
  it.each([
    ["gpx-standard.gpx", "gpx"],
    ["gpx-hr-not-always-there.gpx", "gpx"],
    ["tcx-Standard.tcx", "tcx"],
    ["tcx-missing-distances.tcx", "tcx"],
    ["strava-activities.csv", "strava_csv"],
  ])("%s is %s", (name, source) => {
    expect(detectText(decodeText(readFixture(name)))).toEqual({ source });
  });

  it("steps over comments and a DOCTYPE to the root, prefix or not", () => {
    const text =
      '<?xml version="1.0"?>\n<!-- exported -->\n<!DOCTYPE gpx [ <!ENTITY a "b"> ]>\n<g:gpx xmlns:g="x"/>';
    expect(detectText(text)).toEqual({ source: "gpx" });
  });

  it("says what other content looks like", () => {
    expect(detectText("<kml/>")).toEqual({
      source: null,
      looksLike: "an XML document whose root element is <kml>",
    });
    expect(detectText("<!-- never closed")).toEqual({ source: null, looksLike: "broken XML" });
    expect(detectText("date,type,distance_km\n")).toEqual({ source: "stride_csv" });
    expect(detectText(`${"x".repeat(80)}\n`)).toMatchObject({
      looksLike: `text whose first line is "${"x".repeat(60)}…"`,
    });
  });
});

describe("describeBinary", () => {
  it("names common files people pick by mistake", () => {
    expect(describeBinary(Uint8Array.from([0x50, 0x4b, 3, 4, 0]))).toMatch(/^a zip archive/);
    expect(describeBinary(new TextEncoder().encode("%PDF-1.7"))).toBe("a PDF document");
    expect(describeBinary(new TextEncoder().encode("plain text"))).toBeNull();
    expect(describeBinary(Uint8Array.from([0xff, 0xfe, 0x3c, 0]))).toBeNull();
  });
});

describe("extensionOf and csvHeader", () => {
  it("reads the last extension in lower case", () => {
    expect(extensionOf("Morning Run.GPX")).toBe("gpx");
    expect(extensionOf("ride.fit.gz")).toBe("gz");
    expect(extensionOf("activity")).toBe("");
  });

  it("reads the first line's cells, quoted or semicolon-separated", () => {
    expect(csvHeader('\n"Activity ID","Activity Date"\n1,2')).toEqual([
      "activity id",
      "activity date",
    ]);
    expect(csvHeader("date;type\n")).toEqual(["date", "type"]);
  });
});
