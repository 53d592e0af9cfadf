import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWeeksNeeded, planRamp } from "./ramp";

describe("planRamp", () => {
  it("builds from 10 to 15 mi a week with a lighter fourth week", () => {
    const plan = planRamp({ baseline: 10, target: 15, weeks: 6 });
    expect(plan.weeks.map((w) => w.value)).toEqual([11, 12.1, 13.3, 10.6, 14.6, 15]);
    expect(plan.weeks.map((w) => w.lighter)).toEqual([false, false, false, true, false, false]);
    expect(plan.reachesTarget).toBe(true);
  });

  it("says when the block is too short to reach the target", () => {
    const plan = planRamp({ baseline: 10, target: 20, weeks: 4 });
    expect(plan.reachesTarget).toBe(false);
    expect(plan.peak).toBe(13.3);
  });

  it("never raises a build week more than the limit, never passes the target, always lightens", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1500 }).map((n) => n / 10),
        fc.integer({ min: 10, max: 3000 }).map((n) => n / 10),
        fc.integer({ min: 1, max: 6 }),
        (baseline, target, weeks) => {
          const plan = planRamp({ baseline, target, weeks });
          expect(plan.weeks).toHaveLength(weeks);
          let previousBuild = baseline;
          for (const week of plan.weeks) {
            if (week.lighter) {
              expect(week.value).toBeLessThan(previousBuild + 1e-9);
              continue;
            }
            expect(week.value).toBeLessThanOrEqual(Math.max(target, 0) + 1e-9);
            if (week.value > previousBuild)
              expect(week.value).toBeLessThanOrEqual(previousBuild * 1.1 + 1e-9);
            previousBuild = week.value;
          }
        },
      ),
    );
  });
});

describe("buildWeeksNeeded", () => {
  it("counts the weeks at 10% a week", () => {
    expect(buildWeeksNeeded(10, 15)).toBe(5);
    expect(buildWeeksNeeded(10, 11)).toBe(1);
    expect(buildWeeksNeeded(10, 10)).toBe(0);
    expect(buildWeeksNeeded(0, 10)).toBe(0);
  });
});
