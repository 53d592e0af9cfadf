import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDuration, fromStored, parseDuration, toStored } from "./units";

describe("units", () => {
  it("converts miles and kilometres to metres and back", () => {
    expect(toStored(1, "mi")).toBeCloseTo(1609.344);
    expect(toStored(21.0975, "km")).toBeCloseTo(21097.5);
    expect(fromStored(toStored(15, "mi"), "mi")).toBe(15);
    expect(toStored(3, "sessions")).toBe(3);
  });

  it("formats and parses race times", () => {
    expect(formatDuration(6900)).toBe("1:55:00");
    expect(formatDuration(1500)).toBe("25:00");
    expect(parseDuration("1:55:00")).toBe(6900);
    expect(parseDuration("25:00")).toBe(1500);
    expect(parseDuration("45")).toBe(2700);
    expect(parseDuration("1:75:00")).toBeUndefined();
    expect(parseDuration("fast")).toBeUndefined();
    expect(parseDuration("")).toBeUndefined();
  });

  it("round-trips any whole number of seconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 * 3600 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds))).toBe(seconds);
      }),
    );
  });
});
