import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput, newMidweekPerson, thisWeekOf } from "../../testing/activities";
import { callerFor, expectOffWeekStartsRefused, refusalOf } from "../../testing/caller";
import {
  macroInput,
  mesoInput,
  microInput,
  run,
  strengthSessions,
  weeklyTotal,
} from "../../testing/goals";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

const TIME_ZONE = "Asia/Tokyo";

/** A kilometre athlete in Tokyo, three days into their week (so some plan days have passed). */
function athlete() {
  return newMidweekPerson(handle.db, { timeZone: TIME_ZONE, distanceUnit: "km" });
}

/**
 * 500 km this season → 30 km a week (last week to four weeks ahead) → this week's 25 km, planned
 * on five days: a walk where a run was planned (day 0), a run logged from the plan (day 1), a run
 * logged by hand (day 2), today's run and one ahead. Also an unaligned strength week, last week's
 * micro goal and its run, next week's goal, and an archived goal this week.
 */
async function setUp() {
  const me = await athlete();
  const { caller } = me;
  const week = thisWeekOf(me);
  const { day } = week;
  const lastWeek = addDaysTo(week.start, -7);
  const macro = await caller.goals.create(
    macroInput({
      periodStart: addDaysTo(week.start, -28),
      periodEnd: addDaysTo(week.start, 180),
      target: { ...weeklyTotal(500, "km"), per: "period" },
    }),
  );
  const meso = await caller.goals.create(
    mesoInput(macro.id, {
      periodStart: lastWeek,
      periodEnd: addDaysTo(week.start, 27),
      target: weeklyTotal(30, "km"),
    }),
  );
  const micro = await caller.goals.create(
    microInput(meso.id, week.start, {
      title: "Run 25 km",
      target: weeklyTotal(25, "km"),
      plan: [
        run(day(0), 5),
        run(day(1), 6, "07:00"),
        run(day(2), 5),
        run(day(3), 8),
        run(day(5), 10),
      ],
    }),
  );
  const strength = await caller.goals.create(
    microInput(null, week.start, {
      title: "Lift twice",
      category: "strength",
      target: strengthSessions(2),
      plan: [{ ...run(day(4)), activityType: "strength" }],
    }),
  );
  const previous = await caller.goals.create(
    microInput(meso.id, lastWeek, {
      title: "Last week",
      target: weeklyTotal(20, "km"),
      plan: [run(addDaysTo(lastWeek, 2), 4), run(addDaysTo(lastWeek, 4), 6)],
    }),
  );
  const next = await caller.goals.create(microInput(meso.id, addDaysTo(week.start, 7)));
  const archived = await caller.goals.create(microInput(null, week.start, { title: "Dropped" }));
  await caller.goals.archive({ id: archived.id, version: 1 });

  const plan = (await caller.goals.get({ id: micro.id })).plan;
  const lastWeekRun = await caller.activities.create(
    activityInput(addDaysTo(lastWeek, 2), { distance: 4, durationSeconds: 1500 }),
  );
  const walk = await caller.activities.create(
    activityInput(day(0), { type: "walk", distance: 3, durationSeconds: 2400 }),
  );
  const fromPlan = await caller.activities.logPlanned({ sessionId: plan[1]?.id ?? "" });
  const byHand = await caller.activities.create(activityInput(day(2), { distance: 5 }));

  return {
    me,
    week,
    lastWeek,
    goals: { macro, meso, micro, strength, previous, next, archived },
    sessionIds: plan.map((session) => session.id),
    activities: { lastWeekRun, walk, fromPlan, byHand },
  };
}

describe("week.get", () => {
  it("shows this week's micro goals with each planned session's status", async () => {
    const { me, week, goals, sessionIds, activities } = await setUp();
    const result = await me.caller.week.get({ weekStart: null });
    expect(result).toMatchObject({
      weekStart: week.start,
      weekEnd: week.end,
      today: week.today,
      isThisWeek: true,
      previousWeek: addDaysTo(week.start, -7),
      nextWeek: addDaysTo(week.start, 7),
      distanceUnit: "km",
    });
    expect(result.goals.map((goal) => goal.id).sort()).toEqual(
      [goals.micro.id, goals.strength.id].sort(),
    );

    const micro = result.goals.find((goal) => goal.id === goals.micro.id);
    expect(
      micro?.plan.map(({ id, day, status, activityId }) => ({ id, day, status, activityId })),
    ).toEqual([
      // A walk is not the run that was planned.
      { id: sessionIds[0], day: week.day(0), status: "missed", activityId: null },
      { id: sessionIds[1], day: week.day(1), status: "done", activityId: activities.fromPlan.id },
      { id: sessionIds[2], day: week.day(2), status: "done", activityId: activities.byHand.id },
      { id: sessionIds[3], day: week.today, status: "today", activityId: null },
      { id: sessionIds[4], day: week.day(5), status: "upcoming", activityId: null },
    ]);
    expect(micro?.plan[1]).toMatchObject({
      time: "07:00",
      amount: 6,
      unit: "km",
      activityType: "run",
    });

    const strength = result.goals.find((goal) => goal.id === goals.strength.id);
    expect(strength?.plan).toMatchObject([
      { day: week.day(4), activityType: "strength", status: "upcoming" },
    ]);
    expect(strength?.meso).toBeNull();
    expect(strength?.macro).toBeNull();
  });

  it("rolls the week's progress up to its meso and macro goals", async () => {
    const { me, goals } = await setUp();
    const result = await me.caller.week.get({ weekStart: null });
    const micro = result.goals.find((goal) => goal.id === goals.micro.id);
    // Runs this week: 6 km from the plan and 5 km by hand; the walk does not count.
    expect(micro?.progress).toMatchObject({ value: 11_000, target: 25_000 });
    expect(micro?.progress.summary).toBe("11 of 25 km this week");
    expect(micro?.meso).toMatchObject({
      id: goals.meso.id,
      level: "meso",
      title: "Build to 15 mi a week",
      // This week of the block is measured against its micro goal's 25 km, not the 30 km peak.
      progress: { value: 11_000, target: 25_000, summary: "11 of 25 km this week" },
    });
    // The macro counts last week's 4 km as well.
    expect(micro?.macro).toMatchObject({
      id: goals.macro.id,
      level: "macro",
      progress: { value: 15_000, target: 500_000, summary: "15 of 500 km" },
    });
  });

  it("lists only the week's activities", async () => {
    const { me, activities } = await setUp();
    const result = await me.caller.week.get({ weekStart: null });
    expect(result.activities.map((a) => a.id)).toEqual([
      activities.walk.id,
      activities.fromPlan.id,
      activities.byHand.id,
    ]);
    expect(result.activities[1]).toMatchObject({ distance: 6, distanceUnit: "km", source: "plan" });
  });

  it("shows an earlier week with its passed sessions done or missed", async () => {
    const { me, lastWeek, goals, activities } = await setUp();
    const result = await me.caller.week.get({ weekStart: lastWeek });
    expect(result).toMatchObject({ weekStart: lastWeek, isThisWeek: false });
    expect(result.goals.map((goal) => goal.id)).toEqual([goals.previous.id]);
    expect(result.goals[0]?.plan.map(({ status, activityId }) => ({ status, activityId }))).toEqual(
      [
        { status: "done", activityId: activities.lastWeekRun.id },
        { status: "missed", activityId: null },
      ],
    );
    expect(result.activities.map((a) => a.id)).toEqual([activities.lastWeekRun.id]);
  });

  it("shows next week's goals with every session upcoming", async () => {
    const { me, week, goals } = await setUp();
    const result = await me.caller.week.get({ weekStart: addDaysTo(week.start, 7) });
    expect(result.goals.map((goal) => goal.id)).toEqual([goals.next.id]);
    expect(result.goals[0]?.plan.map((session) => session.status)).toEqual(["upcoming"]);
    expect(result.activities).toEqual([]);
  });

  it("refuses a week that does not start on the athlete's week start day", async () => {
    const { me, week } = await setUp();
    await expectOffWeekStartsRefused(me.weekStart, week.start, (weekStart) =>
      me.caller.week.get({ weekStart }),
    );
  });

  it("never shows a stranger the owner's goals, plan or activities", async () => {
    const { me, week, goals, activities } = await setUp();
    // Same week start and time zone, so the stranger asks for exactly the owner's week.
    const stranger = await newPerson(handle.db, {
      weekStart: me.weekStart,
      timeZone: TIME_ZONE,
      distanceUnit: "mi",
    });
    const empty = await stranger.caller.week.get({ weekStart: week.start });
    expect(empty.goals).toEqual([]);
    expect(empty.activities).toEqual([]);

    const own = await stranger.caller.goals.create(microInput(null, week.start));
    const result = await stranger.caller.week.get({ weekStart: null });
    expect(result.goals.map((goal) => goal.id)).toEqual([own.id]);
    const text = JSON.stringify(result);
    for (const id of [...Object.values(goals), ...Object.values(activities)].map((x) => x.id)) {
      expect(text).not.toContain(id);
    }
  });

  it("refuses an anonymous caller", async () => {
    const refusal = await refusalOf(callerFor(handle.db, null).week.get({ weekStart: null }));
    expect(refusal.code).toBe("UNAUTHORIZED");
  });
});
