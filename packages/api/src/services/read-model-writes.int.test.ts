import { insertActivity } from "@stride/db/queries";
import { openTestDatabase, useTestDatabase } from "@stride/db/testing";
import { talliesNow, weekTotalsNow } from "@stride/db/testing/read-models";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { describe, expect, inject, it } from "vitest";
import { activityInput, importItem } from "../testing/activities";
import { callerFor, refusalOf } from "../testing/caller";
import { weeklyTotal } from "../testing/goals";
import { newPerson } from "../testing/people";
import { writeWithProgress } from "./progress";

// docs/progress.md, "Read models": kept exact under concurrent writes, and untouched by a write
// that fails.
const handle = useTestDatabase();

async function runnerWithAWeek() {
  const athlete = await newPerson(handle.db, { distanceUnit: "km" });
  const week = weekStartOf(todayIn("UTC"), "monday");
  await athlete.caller.goals.create({
    level: "macro",
    parentId: null,
    title: "Run 400 km",
    why: "",
    strategy: "",
    category: "running",
    visibility: "private",
    periodStart: addDaysTo(week, -28),
    periodEnd: addDaysTo(week, 60),
    target: { ...weeklyTotal(400, "km"), per: "period" },
    plan: [],
    checklist: [],
    weeks: [],
  });
  const goal = await athlete.caller.goals.create({
    level: "micro",
    parentId: null,
    title: "Run 100 km",
    why: "",
    strategy: "",
    category: "running",
    visibility: "private",
    periodStart: week,
    periodEnd: addDaysTo(week, 6),
    target: weeklyTotal(100, "km"),
    plan: [],
    checklist: [],
    weeks: [],
  });
  return { athlete, week, goal };
}

const stateOf = async (athleteId: string) => ({
  tallies: await talliesNow(handle.db, athleteId),
  totals: await weekTotalsNow(handle.db, athleteId),
});

describe("read models under concurrent writes", () => {
  it("keeps exact totals when twenty runs are logged at once", async () => {
    const { athlete, week, goal } = await runnerWithAWeek();
    // On Postgres, twenty connections: twenty transactions really at once.
    const wide = inject("postgresTestUrl") ? await openTestDatabase({ max: 20 }) : null;
    const caller = wide ? callerFor(wide.db, athlete.id) : athlete.caller;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        caller.activities.create(
          // Over three weeks: each week's totals row is its own, so only the progress lock
          // keeps the month's tally from losing a run.
          activityInput(addDaysTo(week, (i % 3) * -7 + (i % 7)), {
            distance: 1 + i / 10,
            durationSeconds: 600,
            startTime: `0${i % 10}:${String(i).padStart(2, "0")}`,
          }),
        ),
      ),
    );
    await wide?.close();
    const logged = Array.from({ length: 20 }, (_, i) => (1 + i / 10) * 1000).reduce(
      (a, b) => a + b,
    );
    const { tallies, totals } = await stateOf(athlete.id);
    expect(tallies.stored).toEqual(tallies.recomputed);
    expect(totals.stored).toEqual(totals.recomputed);
    const weeks = totals.stored as { count: number; distance: number }[];
    expect(weeks.reduce((sum, w) => sum + w.count, 0)).toBe(20);
    expect(weeks.reduce((sum, w) => sum + w.distance, 0)).toBeCloseTo(logged, 6);
    const thisWeek = Array.from({ length: 20 }, (_, i) => i)
      .filter((i) => i % 3 === 0)
      .reduce((sum, i) => sum + (1 + i / 10) * 1000, 0);
    const page = await athlete.caller.goals.get({ id: goal.id });
    expect(page.progress.value).toBeCloseTo(thisWeek, 6);
  });
});

describe("a write that fails", () => {
  it("leaves the read models as they were when it throws after writing", async () => {
    const { athlete, week } = await runnerWithAWeek();
    await athlete.caller.activities.create(activityInput(week, { distance: 5 }));
    const before = await stateOf(athlete.id);
    await expect(
      writeWithProgress(
        handle.db,
        athlete.id,
        async (tx) => {
          await insertActivity(tx, {
            athleteId: athlete.id,
            date: week,
            type: "run",
            distanceMetres: 9000,
          });
          throw new Error("The write failed half-way");
        },
        () => ({ dates: [week] }),
      ),
    ).rejects.toThrow("half-way");
    expect(await stateOf(athlete.id)).toEqual(before);
  });

  it("leaves them as they were when the database refuses a restore", async () => {
    const { athlete, week } = await runnerWithAWeek();
    const item = importItem(week, { distanceMetres: 8000 });
    await athlete.caller.activities.import({ activities: [item] });
    const [first] = (
      await athlete.caller.activities.list({ from: null, to: null, type: null, limit: 5 })
    ).items;
    await athlete.caller.activities.delete({ id: first?.id ?? "" });
    // The same recording again: restoring the deleted copy would log it twice.
    await athlete.caller.activities.import({ activities: [item] });
    const before = await stateOf(athlete.id);
    expect((await refusalOf(athlete.caller.activities.restore({ id: first?.id ?? "" }))).code).toBe(
      "CONFLICT",
    );
    expect(await stateOf(athlete.id)).toEqual(before);
  });
});
