import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput, thisWeekOf } from "../../testing/activities";
import { microInput, weeklyTotal } from "../../testing/goals";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

describe("the 10% ramp check against what was logged", () => {
  it("warns when this week's plan is more than 10% above last week's runs", async () => {
    const { caller, ...me } = await newPerson(handle.db, { distanceUnit: "mi" });
    const { start: thisWeek } = thisWeekOf(me);
    const lastWeek = addDaysTo(thisWeek, -7);
    // Last week had no plan, but 10 mi of runs in the log.
    for (const day of [1, 3]) {
      await caller.activities.create(activityInput(addDaysTo(lastWeek, day), { distance: 5 }));
    }
    const big = await caller.goals.create(
      microInput(null, thisWeek, { title: "Run 12 miles", target: weeklyTotal(12), plan: [] }),
    );
    const detail = await caller.goals.get({ id: big.id });
    const ramp = detail.warnings.find((w) => w.code === "not_realistic");
    expect(ramp?.message).toBe(
      "This week's planned 12 mi is 20% more than your last full week's 10 mi; the ramp limit is 10%.",
    );

    await caller.goals.update({
      id: big.id,
      version: 1,
      reason: "Smaller step",
      changes: { target: weeklyTotal(11) },
    });
    expect((await caller.goals.get({ id: big.id })).warnings.map((w) => w.code)).not.toContain(
      "not_realistic",
    );
  });
});
