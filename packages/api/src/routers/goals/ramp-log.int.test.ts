import { createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { makeTarget } from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../testing/caller";

const handle = useTestDatabase();

const miles = (value: number) =>
  makeTarget({
    unit: "mi",
    value,
  });

describe("the 10% ramp check against what was logged", () => {
  it("warns when this week's plan is more than 10% above last week's runs", async () => {
    const user = await createUser(handle.db, {
      timeZone: "UTC",
      weekStart: "monday",
      distanceUnit: "mi",
    });
    const caller = callerFor(handle.db, user.id);
    const thisWeek = weekStartOf(todayIn("UTC"), "monday");
    const lastWeek = addDaysTo(thisWeek, -7);
    // Last week had no plan, but 10 mi of runs in the log.
    for (const day of [1, 3]) {
      await caller.activities.create({
        date: addDaysTo(lastWeek, day),
        startTime: null,
        type: "run",
        name: null,
        distance: 5,
        durationSeconds: 3000,
        elevationGainMetres: null,
        effort: null,
        notes: "",
      });
    }
    const base = {
      why: "",
      strategy: "",
      category: "running" as const,
      visibility: "private" as const,
      level: "micro" as const,
      parentId: null,
      periodStart: thisWeek,
      periodEnd: addDaysTo(thisWeek, 6),
      plan: [],
      checklist: [],
      weeks: [],
    };
    const big = await caller.goals.create({ ...base, title: "Run 12 miles", target: miles(12) });
    const detail = await caller.goals.get({ id: big.id });
    const ramp = detail.warnings.find((w) => w.code === "not_realistic");
    expect(ramp?.message).toBe(
      "This week's planned 12 mi is 20% more than your last full week's 10 mi; the ramp limit is 10%.",
    );

    await caller.goals.update({
      id: big.id,
      version: 1,
      reason: "Smaller step",
      changes: { target: miles(11) },
    });
    expect((await caller.goals.get({ id: big.id })).warnings.map((w) => w.code)).not.toContain(
      "not_realistic",
    );
  });
});
