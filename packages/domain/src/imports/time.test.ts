import { describe, expect, it } from "vitest";
import { parseInstant, toInstantString } from "./time";

describe("parseInstant", () => {
  it("reads ISO date-times with and without a zone; without one is UTC", () => {
    expect(parseInstant("2013-02-04T20:38:00Z")).toBe(Date.UTC(2013, 1, 4, 20, 38));
    expect(parseInstant("2010-04-02T10:26:48.524+02:00")).toBe(
      Date.UTC(2010, 3, 2, 8, 26, 48, 524),
    );
    expect(parseInstant("2013-02-04T20:38:00")).toBe(Date.UTC(2013, 1, 4, 20, 38));
    expect(parseInstant(" 2013-02-04T20:38Z ")).toBe(Date.UTC(2013, 1, 4, 20, 38));
  });

  it("refuses loose text that Date.parse would guess at", () => {
    expect(parseInstant("Aug 17 2011, 11:13:24")).toBeNull();
    expect(parseInstant("2013-02-30T25:00:00Z")).toBeNull();
    expect(parseInstant("")).toBeNull();
    expect(parseInstant(null)).toBeNull();
  });
});

describe("toInstantString", () => {
  it("cuts to the whole second", () => {
    expect(toInstantString(Date.UTC(2010, 3, 2, 8, 26, 48, 524))).toBe("2010-04-02T08:26:48.000Z");
  });
});
