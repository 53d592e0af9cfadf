import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import {
  createWeeklyMiles,
  logRun,
  newRunner,
  outcome,
  submitInput,
  weeksOf,
} from "../../testing/checkins";
import { mesoInput, microInput, weeklyTotal } from "../../testing/goals";

const handle = useTestDatabase();

/**
 * Three two-week blocks (last week and this week), each with a micro goal in both weeks:
 * "Again" was missed last week and looks missed again, "Only now" was hit last week and looks
 * missed now, "Only before" was missed last week and is met this week (1 mi target, 1.5 mi run).
 */
async function setUpBlocks() {
  const me = await newRunner(handle.db, { timeZone: "America/New_York" });
  const { caller } = me;
  const weeks = weeksOf(me);
  const block = async (title: string, thisWeeksMiles: number) => {
    const meso = await caller.goals.create(
      mesoInput(null, {
        title,
        periodStart: weeks.lastWeek,
        periodEnd: addDaysTo(weeks.thisWeek, 6),
      }),
    );
    const micro = (weekStart: string, miles: number) =>
      caller.goals.create(
        microInput(meso.id, weekStart, {
          title: `${title}: ${miles} mi`,
          target: weeklyTotal(miles),
          plan: [],
        }),
      );
    return {
      meso,
      last: await micro(weeks.lastWeek, 10),
      now: await micro(weeks.thisWeek, thisWeeksMiles),
    };
  };
  const again = await block("Again", 10);
  const onlyNow = await block("Only now", 10);
  const onlyBefore = await block("Only before", 1);
  await logRun(caller, weeks.today, 1.5);
  await caller.checkins.submit(
    submitInput(weeks.lastWeek, [
      outcome(again.last.id, "missed"),
      outcome(onlyNow.last.id, "hit"),
      outcome(onlyBefore.last.id, "missed"),
    ]),
  );
  return { me, weeks, again, onlyNow, onlyBefore };
}

describe("offering to adjust a block", () => {
  it("offers the block missed last week and looking missed again, and no other", async () => {
    const { me, weeks, again, onlyNow, onlyBefore } = await setUpBlocks();
    const result = await me.caller.checkins.get({ weekStart: weeks.thisWeek });
    const suggested = Object.fromEntries(
      result.items.map((item) => [item.goal.id, item.suggested]),
    );
    expect(suggested).toEqual({
      [again.now.id]: "missed",
      [onlyNow.now.id]: "missed",
      [onlyBefore.now.id]: "hit",
    });
    expect(result.adjustBlocks.map((block) => block.id)).toEqual([again.meso.id]);
    expect(result.adjustBlocks[0]).toMatchObject({ level: "meso", title: "Again" });
  });

  it("goes by the outcome recorded this week over the suggestion", async () => {
    const { me, weeks, again, onlyNow, onlyBefore } = await setUpBlocks();
    // Recorded as partly done (not missed): no longer two misses in a row.
    await me.caller.checkins.submit(
      submitInput(weeks.thisWeek, [
        outcome(again.now.id, "partial"),
        outcome(onlyNow.now.id, "missed"),
        outcome(onlyBefore.now.id, "hit"),
      ]),
    );
    const result = await me.caller.checkins.get({ weekStart: weeks.thisWeek });
    expect(result.adjustBlocks).toEqual([]);
  });

  it("offers nothing when last week has no check-in", async () => {
    const me = await newRunner(handle.db);
    const weeks = weeksOf(me);
    const meso = await me.caller.goals.create(
      mesoInput(null, { periodStart: weeks.lastWeek, periodEnd: addDaysTo(weeks.thisWeek, 6) }),
    );
    for (const weekStart of [weeks.lastWeek, weeks.thisWeek]) {
      await me.caller.goals.create(microInput(meso.id, weekStart, { plan: [] }));
    }
    const result = await me.caller.checkins.get({ weekStart: weeks.thisWeek });
    expect(result.items.map((item) => item.suggested)).toEqual(["missed"]);
    expect(result.adjustBlocks).toEqual([]);
  });
});

describe("consistency over real check-ins", () => {
  it("counts 3 of the last 4 finished weeks, with the goals met over them", async () => {
    const me = await newRunner(handle.db, { timeZone: "Europe/London" });
    const weeks = weeksOf(me);
    // Four and three weeks ago, then a gap, then last week: one goal each, hit, missed, partly.
    const checkIn = async (offset: number, result: "hit" | "missed" | "partial") => {
      const goal = await createWeeklyMiles(me.caller, weeks.week(offset), 5);
      return me.caller.checkins.submit(submitInput(weeks.week(offset), [outcome(goal.id, result)]));
    };
    await checkIn(-4, "hit");
    await checkIn(-3, "missed");
    await checkIn(-1, "partial");

    const { consistency } = await me.caller.checkins.get({ weekStart: weeks.thisWeek });
    expect(consistency).toMatchObject({
      checkedIn: 3,
      windowWeeks: 4,
      adherence: 0.5,
      adherenceWeeks: 6,
      // Last week only: the gap two weeks ago ends the run, and forgives it in the count.
      run: 1,
    });
    expect(consistency.text.startsWith("Checked in 3 of the last 4 weeks.")).toBe(true);
    expect(consistency.text).toBe(
      "Checked in 3 of the last 4 weeks. Met 50% of weekly goals over 6 weeks.",
    );

    // The same record from any week's screen.
    const fromLastWeek = await me.caller.checkins.get({ weekStart: weeks.lastWeek });
    expect(fromLastWeek.consistency).toEqual(consistency);
  });

  it("leaves out excused goals and counts this week's check-in in the run only", async () => {
    const me = await newRunner(handle.db);
    const weeks = weeksOf(me);
    for (const offset of [-2, -1, 0]) {
      const goals = [
        await createWeeklyMiles(me.caller, weeks.week(offset), 5),
        await createWeeklyMiles(me.caller, weeks.week(offset), 6),
      ];
      await me.caller.checkins.submit(
        submitInput(weeks.week(offset), [
          outcome(goals[0]?.id ?? "", "hit"),
          outcome(goals[1]?.id ?? "", "excused", { excuse: "injured" }),
        ]),
      );
    }
    const { consistency } = await me.caller.checkins.get({ weekStart: weeks.thisWeek });
    expect(consistency).toMatchObject({ checkedIn: 2, adherence: 1, run: 3 });
    expect(consistency.text).toBe(
      "Checked in every week so far (2 of 2). Met 100% of weekly goals over 6 weeks.",
    );
  });

  it("does not report an empty 0 of 0 right after a first check-in for this week", async () => {
    const me = await newRunner(handle.db);
    const weeks = weeksOf(me);
    const goal = await createWeeklyMiles(me.caller, weeks.thisWeek, 2);
    await logRun(me.caller, weeks.today, 2);
    await me.caller.checkins.submit(submitInput(weeks.thisWeek, [outcome(goal.id, "hit")]));
    const { consistency } = await me.caller.checkins.get({ weekStart: weeks.thisWeek });
    expect(consistency).toMatchObject({ checkedIn: 0, run: 1 });
    expect(consistency.text).toBe("Checked in this week: your record has begun.");
  });
});
