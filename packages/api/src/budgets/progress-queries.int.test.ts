import { createGoal, createUser } from "@stride/db/factories";
import { runningTotal } from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput } from "../testing/activities";
import { callerFor } from "../testing/caller";
import { plannedWeek } from "../testing/worlds";
import { useCountingDatabase } from "./counting-database";

// Its own database that counts every statement drizzle sends.
const handle = useCountingDatabase();
const { statementsFor } = handle;

/**
 * An athlete with `size` macro goals, each with `size` blocks of 3 planned weeks, and runs. Size 1
 * and size 3 have every kind of goal, so the two differ only in how much there is.
 */
async function athleteWith(size: number) {
  const macros = size;
  const user = await createUser(handle.db, { timeZone: "UTC", weekStart: "monday" });
  const thisWeek = weekStartOf(todayIn("UTC"), "monday");
  for (let m = 0; m < macros; m++) {
    const macro = await createGoal(handle.db, {
      athleteId: user.id,
      level: "macro",
      title: `Macro ${m}`,
      periodStart: addDaysTo(thisWeek, -70),
      periodEnd: addDaysTo(thisWeek, 200),
      target: runningTotal({ unit: "km", value: 1000, per: "period" }),
    });
    // The block from this week on is always there, so every size has a micro goal this week.
    for (const b of size === 1 ? [1] : [0, 1]) {
      const meso = await createGoal(handle.db, {
        athleteId: user.id,
        level: "meso",
        parentId: macro.id,
        title: `Block ${b}`,
        periodStart: addDaysTo(thisWeek, -21 + b * 21),
        periodEnd: addDaysTo(thisWeek, -21 + b * 21 + 20),
        target: runningTotal({ unit: "km", value: 30 }),
      });
      for (let w = 0; w < 3; w++) {
        await plannedWeek(handle.db, {
          athleteId: user.id,
          parentId: meso.id,
          title: `Week ${w}`,
          start: addDaysTo(thisWeek, -21 + b * 21 + w * 7),
          km: 30,
        });
      }
    }
  }
  const caller = callerFor(handle.db, user.id);
  for (let d = 1; d <= size * 7; d++) {
    await caller.activities.create(
      activityInput(addDaysTo(thisWeek, -d), {
        startTime: null,
        name: null,
        elevationGainMetres: null,
        effort: null,
      }),
    );
  }
  return { caller, year: Number(todayIn("UTC").slice(0, 4)), thisWeek };
}

describe("query budgets: progress", () => {
  it("computes a whole goal tree's progress in as many statements for 5 goals as for 27", async () => {
    const small = await athleteWith(1);
    const large = await athleteWith(3);
    const one = await statementsFor(() => small.caller.goals.tree({ year: small.year }));
    const many = await statementsFor(() => large.caller.goals.tree({ year: large.year }));
    expect(many).toBe(one);
  });

  it("serves the week view in as many statements for one week's goal as for several", async () => {
    const small = await athleteWith(1);
    const large = await athleteWith(3);
    const one = await statementsFor(() => small.caller.week.get({ weekStart: null }));
    const many = await statementsFor(() => large.caller.week.get({ weekStart: null }));
    expect(many).toBe(one);
  });
});
