import { describe, expect, it } from "vitest";
import { distanceOrNull, parseDecimal, roundMetres, roundSeconds } from "./numbers";

describe("parseDecimal", () => {
  it.each([
    ["8051.3", 8051.3],
    [" -0.5 ", -0.5],
    ["1e3", 1000],
    [".5", 0.5],
    ["7.", 7],
    ["", null],
    ["abc", null],
    ["12,5", null],
    ["0x10", null],
    ["Infinity", null],
    [null, null],
  ])("%o → %o", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe("rounding", () => {
  it("rounds seconds to the second and metres to the tenth", () => {
    expect(roundSeconds(3163.023)).toBe(3163);
    expect(roundSeconds(7204.5)).toBe(7205);
    expect(roundMetres(8983.37)).toBe(8983.4);
  });

  it("treats a zero or missing distance as none", () => {
    expect(distanceOrNull(0)).toBeNull();
    expect(distanceOrNull(undefined)).toBeNull();
    expect(distanceOrNull(Number.NaN)).toBeNull();
    expect(distanceOrNull(299.03)).toBe(299);
  });
});
