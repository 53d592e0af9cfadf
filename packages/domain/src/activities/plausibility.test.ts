import { describe, expect, it } from "vitest";
import { activityProblem, typeWarning } from "./plausibility";

const context = { today: "2026-11-27", weekStart: "monday" as const };
const run = {
  date: "2026-11-25",
  type: "run" as const,
  distanceMetres: 10_000,
  durationSeconds: 3000,
};

describe("activityProblem", () => {
  it("accepts an ordinary run", () => {
    expect(activityProblem(run, context)).toBeNull();
  });

  it("refuses a 3-minute marathon on the duration field", () => {
    const problem = activityProblem(
      { ...run, distanceMetres: 42_195, durationSeconds: 180 },
      context,
    );
    expect(problem?.field).toBe("durationSeconds");
    expect(problem?.message).toMatch(/faster than anyone/);
  });

  it("allows an elite half marathon but not a car ride logged as a run", () => {
    expect(
      activityProblem({ ...run, distanceMetres: 21_097, durationSeconds: 3480 }, context),
    ).toBeNull();
    expect(
      activityProblem({ ...run, distanceMetres: 30_000, durationSeconds: 1200 }, context),
    ).not.toBeNull();
    expect(
      activityProblem(
        { ...run, type: "cross_training", distanceMetres: 30_000, durationSeconds: 3600 },
        context,
      ),
    ).toBeNull();
  });

  it("allows the rest of this week but nothing later", () => {
    expect(activityProblem({ ...run, date: "2026-11-29" }, context)).toBeNull();
    expect(activityProblem({ ...run, date: "2026-11-30" }, context)?.field).toBe("date");
    expect(
      activityProblem({ ...run, date: "2026-11-30" }, { ...context, weekStart: "sunday" })?.field,
    ).toBe("date");
    expect(
      activityProblem({ ...run, date: "2026-11-28" }, { ...context, weekStart: "sunday" }),
    ).toBeNull();
  });

  it("ignores speed for strength and very short efforts", () => {
    expect(
      activityProblem(
        { ...run, type: "strength", distanceMetres: 5000, durationSeconds: 60 },
        context,
      ),
    ).toBeNull();
    expect(
      activityProblem({ ...run, distanceMetres: 400, durationSeconds: 40 }, context),
    ).toBeNull();
  });
});

describe("typeWarning", () => {
  it("says a 24 km/h run is likely a ride (Runkeeper's cycling GPX, 55 minutes)", () => {
    expect(typeWarning({ type: "run", distanceMetres: 22_000, durationSeconds: 3300 })).toEqual({
      message: "24 km/h is fast for a run; is it a ride?",
      suggested: "ride",
    });
  });

  it("says a 5 km/h ride is likely a walk, and a 12 km/h walk a run", () => {
    expect(
      typeWarning({ type: "ride", distanceMetres: 5000, durationSeconds: 3600 })?.suggested,
    ).toBe("walk");
    expect(
      typeWarning({ type: "walk", distanceMetres: 12_000, durationSeconds: 3600 })?.suggested,
    ).toBe("run");
  });

  it("leaves usual paces, short ones and sports without a distance alone", () => {
    expect(typeWarning({ type: "run", distanceMetres: 10_000, durationSeconds: 3000 })).toBeNull();
    expect(typeWarning({ type: "ride", distanceMetres: 40_000, durationSeconds: 5400 })).toBeNull();
    expect(typeWarning({ type: "swim", distanceMetres: 1500, durationSeconds: 1980 })).toBeNull();
    expect(typeWarning({ type: "run", distanceMetres: 400, durationSeconds: 50 })).toBeNull();
    expect(typeWarning({ type: "strength", distanceMetres: 5000, durationSeconds: 60 })).toBeNull();
    expect(typeWarning({ type: "run", distanceMetres: null, durationSeconds: 3000 })).toBeNull();
  });

  it("checks the importers' real files: none of the runs is flagged", () => {
    // Figures the importers read from the fixtures (parse-file.test.ts): runs of 6.2 to 36.5 km.
    for (const [metres, seconds] of [
      [6239.7, 3163],
      [10546.9, 2810],
      [8983.4, 3192],
      [36499.8, 15889],
      [22224.3, 6493],
    ] as const) {
      expect(
        typeWarning({ type: "run", distanceMetres: metres, durationSeconds: seconds }),
      ).toBeNull();
    }
  });
});
