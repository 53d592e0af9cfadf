import { createGoal } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import type { TargetInput } from "@stride/domain/goals";
import { makeTarget } from "@stride/domain/goals";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { habitRows, newMidweekPerson, thisWeekOf } from "../../testing/activities";
import { fieldRefusal, refusalOf } from "../../testing/caller";

const handle = useTestDatabase();

const veggies: TargetInput = makeTarget({
  unit: "count",
  value: 3,
  per: "day",
  activityTypes: [],
  label: "veggie servings",
});

/** An athlete three days into their week, with "3 veggie servings a day" for this week. */
async function setUp() {
  const athlete = await newMidweekPerson(handle.db, {
    timeZone: "Pacific/Auckland",
    distanceUnit: "km",
  });
  const week = thisWeekOf(athlete);
  const goal = await athlete.caller.goals.create({
    level: "micro",
    parentId: null,
    title: "Eat veggies",
    why: "Recover better",
    strategy: "",
    category: "nutrition",
    visibility: "private",
    periodStart: week.start,
    periodEnd: week.end,
    target: veggies,
    plan: [],
    checklist: [],
    weeks: [],
  });
  return { athlete, week, goalId: goal.id };
}

describe("activities.setHabit", () => {
  it("sets and overwrites a day's count, and the goal's progress follows", async () => {
    const { athlete, week, goalId } = await setUp();
    const progress = async () => (await athlete.caller.goals.get({ id: goalId })).progress;
    // A daily target counts the days met among the days over, and today once met
    // (docs/progress.md, "Each day"): three days of the week are over.
    expect(await progress()).toMatchObject({
      value: 0,
      target: 7,
      summary: "Met on 0 of 3 days",
      detail: "Today: 0 of 3 veggie servings",
    });

    expect(
      await athlete.caller.activities.setHabit({ id: goalId, date: week.today, count: 1 }),
    ).toEqual({ goalId, date: week.today, count: 1 });
    expect(await progress()).toMatchObject({
      value: 0,
      summary: "Met on 0 of 3 days",
      detail: "Today: 1 of 3 veggie servings",
    });

    // Setting the same day again replaces the count rather than adding to it.
    await athlete.caller.activities.setHabit({ id: goalId, date: week.today, count: 3 });
    expect(await progress()).toMatchObject({
      value: 1,
      summary: "Met on 1 of 4 days",
      detail: "Today: 3 of 3 veggie servings",
      percent: 25,
    });
    expect(await habitRows(handle.db, athlete.id)).toMatchObject([
      { goalId, date: week.today, count: 3 },
    ]);

    // An earlier day of the week counts toward the days met too.
    await athlete.caller.activities.setHabit({ id: goalId, date: week.start, count: 4 });
    expect(await progress()).toMatchObject({
      value: 2,
      summary: "Met on 2 of 4 days",
      percent: 50,
    });

    const day = (await athlete.caller.week.get({ weekStart: null })).goals.find(
      (g) => g.id === goalId,
    );
    expect(day?.habitToday).toBe(3);

    // Zero clears the day.
    await athlete.caller.activities.setHabit({ id: goalId, date: week.today, count: 0 });
    expect(await progress()).toMatchObject({ value: 1, summary: "Met on 1 of 3 days" });
  });

  it("refuses a day outside the goal's period, naming the date, and saves nothing", async () => {
    const { athlete, week, goalId } = await setUp();
    const refusal = await refusalOf(
      athlete.caller.activities.setHabit({ id: goalId, date: addDaysTo(week.start, -1), count: 2 }),
    );
    expect(refusal).toMatchObject(fieldRefusal("date", "That day is outside the goal's period."));
    expect(await habitRows(handle.db, athlete.id)).toEqual([]);
  });

  it("refuses a day after this week even inside a longer goal's period", async () => {
    const { athlete, week } = await setUp();
    const macro = await createGoal(handle.db, {
      athleteId: athlete.id,
      level: "macro",
      title: "Eat well this season",
      category: "nutrition",
      periodStart: addDaysTo(week.start, -28),
      periodEnd: addDaysTo(week.start, 120),
      target: veggies,
    });
    const after = addDaysTo(week.end, 1);
    const refusal = await refusalOf(
      athlete.caller.activities.setHabit({ id: macro.id, date: after, count: 2 }),
    );
    expect(refusal).toMatchObject(
      fieldRefusal("date", `You can log up to the end of this week (${week.end}).`),
    );
    // The last day of this week is fine.
    await athlete.caller.activities.setHabit({ id: macro.id, date: week.end, count: 2 });
    expect(await habitRows(handle.db, athlete.id)).toMatchObject([
      { goalId: macro.id, date: week.end, count: 2 },
    ]);
  });

  it("refuses a negative count by the schema", async () => {
    const { athlete, week, goalId } = await setUp();
    const refusal = await refusalOf(
      athlete.caller.activities.setHabit({ id: goalId, date: week.today, count: -1 }),
    );
    expect(refusal).toMatchObject(fieldRefusal("count", expect.any(String)));
    expect(await habitRows(handle.db, athlete.id)).toEqual([]);
  });
});
