import { describe, expect, it } from "vitest";
import { updateProfileInput } from "./schemas";
import { isValidTimeZone, listTimeZones } from "./time-zones";

const valid = {
  name: "Ava",
  timeZone: "Europe/Berlin",
  weekStart: "monday",
  distanceUnit: "km",
} as const;

describe("updateProfileInput", () => {
  it("accepts a complete profile", () => {
    expect(updateProfileInput.parse(valid)).toEqual(valid);
  });

  it("names the time zone field for an unknown zone", () => {
    const result = updateProfileInput.safeParse({ ...valid, timeZone: "Mars/Olympus_Mons" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["timeZone"]);
    expect(result.error?.issues[0]?.message).toBe("Pick a time zone from the list");
  });

  it("refuses a week start that is not a day", () => {
    const result = updateProfileInput.safeParse({ ...valid, weekStart: "someday" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["weekStart"]);
  });

  it("refuses an unknown distance unit", () => {
    const result = updateProfileInput.safeParse({ ...valid, distanceUnit: "furlong" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["distanceUnit"]);
  });
});

describe("time zones", () => {
  it("lists real zones in order, including UTC", () => {
    const zones = listTimeZones();
    expect(zones).toContain("America/New_York");
    expect(zones).toContain("UTC");
    expect([...zones].sort()).toEqual(zones);
  });

  it("accepts every listed zone and refuses nonsense", () => {
    for (const zone of listTimeZones()) expect(isValidTimeZone(zone)).toBe(true);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("Not/AZone")).toBe(false);
    expect(isValidTimeZone("x".repeat(200))).toBe(false);
  });
});
