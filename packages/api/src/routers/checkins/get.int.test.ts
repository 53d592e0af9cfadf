import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo, todayIn, weekDayOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput } from "../../testing/activities";
import { expectOffWeekStartsRefused, refusalOf } from "../../testing/caller";
import { createWeeklyMiles, logRun, MILE, newRunner, weeksOf } from "../../testing/checkins";

const handle = useTestDatabase();

/**
 * Last week: 10 mi of running (4 + 6) and a 3 mi walk, against five weekly distance goals placed
 * on either side of each threshold of the rule (hit from 100%, partly from 50%). A 5 mi run and a
 * goal this week must not leak into last week.
 */
async function setUp() {
  const me = await newRunner(handle.db);
  const { caller } = me;
  const weeks = weeksOf(me);
  const { lastWeek } = weeks;
  const goals = {
    exactly: await createWeeklyMiles(caller, lastWeek, 10), // 100%
    over: await createWeeklyMiles(caller, lastWeek, 8), // 125%
    justUnder: await createWeeklyMiles(caller, lastWeek, 10.1), // 99%
    half: await createWeeklyMiles(caller, lastWeek, 20), // 50%
    belowHalf: await createWeeklyMiles(caller, lastWeek, 20.1), // 49.8%
  };
  const thisWeeks = await createWeeklyMiles(caller, weeks.thisWeek, 12);
  await logRun(caller, addDaysTo(lastWeek, 1), 4);
  await logRun(caller, addDaysTo(lastWeek, 4), 6);
  await caller.activities.create(
    activityInput(addDaysTo(lastWeek, 5), { type: "walk", distance: 3, durationSeconds: 3600 }),
  );
  await logRun(caller, weeks.today, 5);
  return { me, weeks, goals, thisWeeks };
}

describe("checkins.get", () => {
  it("suggests hit from 100%, partly from 50% and missed below, from last week's runs only", async () => {
    const { me, weeks, goals } = await setUp();
    const result = await me.caller.checkins.get({ weekStart: weeks.lastWeek });

    expect(result.items.map((item) => item.goal.id).sort()).toEqual(
      Object.values(goals)
        .map((goal) => goal.id)
        .sort(),
    );
    const suggested = (id: string) => result.items.find((item) => item.goal.id === id)?.suggested;
    expect({
      exactly: suggested(goals.exactly.id),
      over: suggested(goals.over.id),
      justUnder: suggested(goals.justUnder.id),
      half: suggested(goals.half.id),
      belowHalf: suggested(goals.belowHalf.id),
    }).toEqual({
      exactly: "hit",
      over: "hit",
      justUnder: "partial",
      half: "partial",
      belowHalf: "missed",
    });
    for (const item of result.items) {
      // The walk and this week's run are not last week's running.
      expect(item.progress.value).toBeCloseTo(10 * MILE, 6);
    }
    const half = result.items.find((item) => item.goal.id === goals.half.id);
    expect(half?.progress).toMatchObject({ percent: 50 });
    expect(half?.progress.target).toBeCloseTo(20 * MILE, 6);
  });

  it("has no check-in, history or record before the first one, and calls last week late", async () => {
    const { me, weeks } = await setUp();
    const result = await me.caller.checkins.get({ weekStart: weeks.lastWeek });
    expect(result).toMatchObject({
      weekStart: weeks.lastWeek,
      weekEnd: addDaysTo(weeks.lastWeek, 6),
      dueOn: addDaysTo(weeks.lastWeek, 6),
      today: weeks.today,
      // Last week ended four days ago: more than the one day of grace.
      lateIfSubmittedNow: true,
      distanceUnit: "mi",
      checkin: null,
      history: [],
      adjustBlocks: [],
    });
    expect(result.consistency).toMatchObject({
      checkedIn: 0,
      windowWeeks: 4,
      adherence: null,
      run: 0,
      text: "Your first check-in starts your record.",
    });
  });

  it("shows this week with its own goals, not late while it runs", async () => {
    const { me, weeks, thisWeeks } = await setUp();
    const result = await me.caller.checkins.get({ weekStart: weeks.thisWeek });
    expect(result.lateIfSubmittedNow).toBe(false);
    expect(result.checkin).toBeNull();
    expect(result.items.map((item) => item.goal.id)).toEqual([thisWeeks.id]);
    // Only this week's 5 mi counts. Three days of seven are over: 5 of 12 mi is on track, so the
    // pre-fill says what the state says (docs/progress.md), not "missed" beside "On track".
    expect(result.items[0]?.progress.value).toBeCloseTo(5 * MILE, 6);
    expect(result.items[0]?.progress.state).toBe("on_track");
    expect(result.items[0]?.suggested).toBe("hit");
  });

  it("does not call a week late on the day after it ended", async () => {
    // Weeks start today, so last week ended yesterday: still on time.
    const timeZone = "Pacific/Kiritimati";
    const me = await newRunner(handle.db, { timeZone, weekStart: weekDayOf(todayIn(timeZone)) });
    const weeks = weeksOf(me);
    expect(weeks.thisWeek).toBe(weeks.today);
    const result = await me.caller.checkins.get({ weekStart: weeks.lastWeek });
    expect(result.weekEnd).toBe(addDaysTo(weeks.today, -1));
    expect(result.lateIfSubmittedNow).toBe(false);
  });

  it("refuses a week that does not start on the athlete's week start day", async () => {
    const { me, weeks } = await setUp();
    await expectOffWeekStartsRefused(me.weekStart, weeks.lastWeek, (weekStart) =>
      me.caller.checkins.get({ weekStart }),
    );
  });

  it("refuses a week that has not started", async () => {
    const { me, weeks } = await setUp();
    for (const weekStart of [weeks.nextWeek, weeks.week(10)]) {
      const refusal = await refusalOf(me.caller.checkins.get({ weekStart }));
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["weekStart"]);
      expect(refusal.message).toBe("That week hasn't started yet; you can check in once it has.");
    }
  });
});
