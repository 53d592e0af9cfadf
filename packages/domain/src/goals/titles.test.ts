import { describe, expect, it } from "vitest";
import { makeTarget, type StoredTarget, toStoredTarget } from "./targets";
import { followTargetChange, retitle } from "./titles";

const weekly = (value: number, unit: "mi" | "km" | "sessions" = "mi"): StoredTarget =>
  toStoredTarget(
    makeTarget({
      kind: unit === "sessions" ? "sessions" : "total",
      unit,
      value,
    }),
  );

describe("titles written from a goal's amount", () => {
  it("follow the amount in the words the title used", () => {
    expect(retitle("Run 13.3 miles", weekly(13.3), weekly(12))).toBe("Run 12 miles");
    expect(retitle("Run 11 mi (lighter week)", weekly(11), weekly(9.5))).toBe(
      "Run 9.5 mi (lighter week)",
    );
    expect(retitle("Walk 10 km", weekly(10, "km"), weekly(12, "km"))).toBe("Walk 12 km");
  });

  it("are written in the reader's unit when asked", () => {
    expect(retitle("Run 11 mi", weekly(11), weekly(11), "km")).toBe("Run 17.7 km");
  });

  it("leave a title in the athlete's own words, or for another amount, alone", () => {
    expect(retitle("Long run Sunday", weekly(13.3), weekly(12))).toBeNull();
    expect(retitle("Run 20 miles", weekly(13.3), weekly(12))).toBeNull();
    expect(retitle("Run 3 mi", weekly(3), weekly(3, "sessions"))).toBeNull();
  });

  it("scale the plan by the change of amount, for like targets only", () => {
    expect(
      followTargetChange({ title: "x", from: weekly(10), to: weekly(12) }).planScale,
    ).toBeCloseTo(1.2);
    expect(
      followTargetChange({ title: "x", from: weekly(10), to: weekly(3, "sessions") }).planScale,
    ).toBeNull();
    expect(
      followTargetChange({ title: "x", from: weekly(10), to: weekly(10) }).planScale,
    ).toBeNull();
  });
});
