import { describe, expect, it } from "vitest";
import { refuseFile, toSentence } from "./refusals";

describe("refusals", () => {
  it("refuses a whole file", () => {
    expect(refuseFile("a.gpx", "a.gpx is empty.")).toEqual({
      file: "a.gpx",
      activities: [],
      refused: [{ file: "a.gpx", reason: "a.gpx is empty." }],
    });
  });

  it("joins a row's problems into one sentence", () => {
    expect(toSentence(["the date is missing", "the type is missing"])).toBe(
      "The date is missing; the type is missing.",
    );
  });
});
