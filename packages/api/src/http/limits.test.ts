import { importActivitiesInput, MAX_IMPORT_ACTIVITIES } from "@stride/domain/activities";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { bodyLimitFor, HTTP_LIMITS } from "./limits";

describe("the import's body limit", () => {
  it("holds the largest valid import in its worst JSON encoding", () => {
    // Characters JSON writes as six bytes each (\u0001) in every text field, at full length.
    const activity = {
      startedAt: "2026-11-24T06:15:00.000Z",
      date: "2026-11-24",
      startTime: "06:15",
      type: "run",
      name: "\u0001".repeat(120),
      distanceMetres: 999_999.999999,
      durationSeconds: 172_800,
      elapsedSeconds: 2_592_000,
      elevationGainMetres: 19_999.999999,
      effort: 10,
      notes: "\u0001".repeat(2000),
      source: "strava_csv",
    };
    const input = { activities: Array.from({ length: MAX_IMPORT_ACTIVITIES }, () => activity) };
    expect(importActivitiesInput.safeParse(input).success).toBe(true);
    const bytes = Buffer.byteLength(JSON.stringify(superjson.serialize(input)));
    expect(bytes).toBeLessThan(bodyLimitFor(["activities.import"], true));
  });

  it("is for signed-in people only", () => {
    expect(bodyLimitFor(["activities.import"], false)).toBe(HTTP_LIMITS.anonymousBodyBytes);
    expect(bodyLimitFor(["goals.create"], true)).toBe(HTTP_LIMITS.bodyBytes);
  });
});
