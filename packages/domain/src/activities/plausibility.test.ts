import { describe, expect, it } from "vitest";
import { activityProblem } from "./plausibility";

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
