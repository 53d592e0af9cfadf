import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import {
  createWeeklyMiles,
  goalsCopiedFrom,
  MILE,
  newRunner,
  type OutcomeInput,
  outcome,
  submitInput,
  weeksOf,
} from "../../testing/checkins";
import { mesoInput, microInput, run, weeklyTotal } from "../../testing/goals";

const handle = useTestDatabase();

/**
 * Last week, nothing run, three goals to carry into this week: "Run 10 mi" (planned on days 1 and
 * 3) in a block that goes on this week, "Hills" in a block that ended last week, and a goal of
 * its own with no block.
 */
/** The days the planned goal runs on in a week: its second and fourth. */
const plannedDays = (weekStart: string) => [addDaysTo(weekStart, 1), addDaysTo(weekStart, 3)];

async function setUp() {
  const me = await newRunner(handle.db, { timeZone: "Australia/Sydney" });
  const { caller } = me;
  const weeks = weeksOf(me);
  const { lastWeek, thisWeek } = weeks;
  const [secondDay, fourthDay] = plannedDays(lastWeek) as [string, string];
  const block = await caller.goals.create(
    mesoInput(null, { periodStart: lastWeek, periodEnd: addDaysTo(thisWeek, 6) }),
  );
  const endedBlock = await caller.goals.create(
    mesoInput(null, {
      title: "Hill block",
      periodStart: addDaysTo(lastWeek, -7),
      periodEnd: addDaysTo(lastWeek, 6),
    }),
  );
  const planned = await caller.goals.create(
    microInput(block.id, lastWeek, {
      title: "Run 10 mi",
      target: weeklyTotal(10),
      plan: [run(secondDay, 4, "06:30"), run(fourthDay, 6)],
    }),
  );
  const hills = await caller.goals.create(
    microInput(endedBlock.id, lastWeek, { title: "Hills", target: weeklyTotal(6), plan: [] }),
  );
  const loose = await createWeeklyMiles(caller, lastWeek, 10, { title: "Easy miles" });
  return { me, weeks, block, endedBlock, goals: { planned, hills, loose } };
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

/** Last week's check-in: every goal missed, each with the decision given (none by default). */
function lastWeekForm(
  fx: Fixture,
  decisions: Partial<Record<keyof Fixture["goals"], Partial<OutcomeInput>>>,
) {
  return submitInput(
    fx.weeks.lastWeek,
    Object.entries(fx.goals).map(([name, goal]) =>
      outcome(goal.id, "missed", decisions[name as keyof Fixture["goals"]] ?? {}),
    ),
    { mood: 3 },
  );
}

describe("carrying a goal to next week", () => {
  it("makes one copy next week with the same target and the plan a week later, in the same block", async () => {
    const fx = await setUp();
    const { me, weeks, goals } = fx;
    const saved = await me.caller.checkins.submit(
      lastWeekForm(fx, { planned: { decision: "carry" } }),
    );

    const copies = await goalsCopiedFrom(handle.db, me.id, goals.planned.id);
    expect(copies).toHaveLength(1);
    const copy = copies[0];
    expect(copy).toMatchObject({
      level: "micro",
      title: "Run 10 mi",
      parentId: fx.block.id,
      periodStart: weeks.thisWeek,
      periodEnd: addDaysTo(weeks.thisWeek, 6),
      status: "active",
      version: 1,
      archivedAt: null,
      copiedFromId: goals.planned.id,
      targetKind: "total",
      targetPer: "week",
    });
    expect(copy?.targetValue).toBeCloseTo(10 * MILE, 6);
    expect(saved.goals.find((g) => g.goalId === goals.planned.id)?.carriedGoalId).toBe(copy?.id);
    // Only the carried goal was copied.
    expect(await goalsCopiedFrom(handle.db, me.id, goals.loose.id)).toEqual([]);
    expect(await goalsCopiedFrom(handle.db, me.id, goals.hills.id)).toEqual([]);

    const carried = await me.caller.goals.get({ id: copy?.id ?? "" });
    expect(carried.goal.copiedFromId).toBe(goals.planned.id);
    expect(
      carried.plan.map(({ day, time, amount, activityType }) => ({
        day,
        time,
        amount,
        activityType,
      })),
    ).toEqual([
      { day: addDaysTo(weeks.thisWeek, 1), time: "06:30", amount: 4, activityType: "run" },
      { day: addDaysTo(weeks.thisWeek, 3), time: null, amount: 6, activityType: "run" },
    ]);
    expect(carried.history.map((h) => h.reason)).toEqual([
      expect.stringMatching(/^Carried from the check-in for the week of /),
    ]);
    // The original stays where it was, marked missed, with its own plan.
    const original = await me.caller.goals.get({ id: goals.planned.id });
    expect(original.goal).toMatchObject({ status: "missed", periodStart: weeks.lastWeek });
    expect(original.plan.map((s) => s.day)).toEqual(plannedDays(weeks.lastWeek));
  });

  it("shows the carried goal in next week's view, under its block", async () => {
    const fx = await setUp();
    const { me, weeks, goals } = fx;
    await me.caller.checkins.submit(lastWeekForm(fx, { planned: { decision: "carry" } }));
    const week = await me.caller.week.get({ weekStart: weeks.thisWeek });
    expect(week.goals).toHaveLength(1);
    expect(week.goals[0]).toMatchObject({
      title: "Run 10 mi",
      copiedFromId: goals.planned.id,
      meso: { id: fx.block.id },
    });
    expect(week.goals[0]?.plan.map((s) => s.day)).toEqual(plannedDays(weeks.thisWeek));
  });

  it("leaves the copy without a block when its block has ended", async () => {
    const fx = await setUp();
    const { me, weeks, goals } = fx;
    await me.caller.checkins.submit(lastWeekForm(fx, { hills: { decision: "carry" } }));
    const copies = await goalsCopiedFrom(handle.db, me.id, goals.hills.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({
      title: "Hills",
      parentId: null,
      periodStart: weeks.thisWeek,
    });
  });

  it("sets next week's smaller target for carry_smaller (10 mi → 8 mi)", async () => {
    const fx = await setUp();
    const { me, weeks, goals } = fx;
    const saved = await me.caller.checkins.submit(
      lastWeekForm(fx, { loose: { decision: "carry_smaller", smallerValue: 8 } }),
    );
    const copies = await goalsCopiedFrom(handle.db, me.id, goals.loose.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]?.targetValue).toBeCloseTo(8 * MILE, 6);
    expect(copies[0]).toMatchObject({ periodStart: weeks.thisWeek, parentId: null });

    const carried = await me.caller.goals.get({ id: copies[0]?.id ?? "" });
    expect(carried.goal.targetInput?.value).toBeCloseTo(8, 9);
    expect(carried.goal.targetText).toContain("8 mi");
    expect(carried.history[0]?.reason).toMatch(/^Carried, smaller, from the check-in/);
    // The original keeps its 10 mi; the check-in keeps what it was measured against.
    const original = await me.caller.goals.get({ id: goals.loose.id });
    expect(original.goal.target?.value).toBeCloseTo(10 * MILE, 6);
    const line = saved.goals.find((g) => g.goalId === goals.loose.id);
    expect(line).toMatchObject({ decision: "carry_smaller", carriedGoalId: copies[0]?.id });
    expect(line?.targetValue).toBeCloseTo(10 * MILE, 6);
  });

  it("does not carry a second time when the check-in is edited", async () => {
    const fx = await setUp();
    const { me, weeks, goals } = fx;
    const decisions = {
      planned: { decision: "carry" },
      loose: { decision: "carry_smaller", smallerValue: 8 },
    } as const;
    const first = await me.caller.checkins.submit(lastWeekForm(fx, decisions));
    const [planned] = await goalsCopiedFrom(handle.db, me.id, goals.planned.id);
    const [loose] = await goalsCopiedFrom(handle.db, me.id, goals.loose.id);

    const edited = await me.caller.checkins.submit({
      ...lastWeekForm(fx, decisions),
      version: first.version,
      mood: 5,
      wentWell: "Rested well",
    });
    expect(edited).toMatchObject({ id: first.id, version: 2, mood: 5, wentWell: "Rested well" });

    expect(await goalsCopiedFrom(handle.db, me.id, goals.planned.id)).toEqual([planned]);
    expect(await goalsCopiedFrom(handle.db, me.id, goals.loose.id)).toEqual([loose]);
    const carriedIds = Object.fromEntries(edited.goals.map((g) => [g.goalId, g.carriedGoalId]));
    expect(carriedIds).toEqual({
      [goals.planned.id]: planned?.id,
      [goals.loose.id]: loose?.id,
      [goals.hills.id]: null,
    });
    const week = await me.caller.week.get({ weekStart: weeks.thisWeek });
    expect(week.goals.map((g) => g.id).sort()).toEqual([planned?.id, loose?.id].sort());
  });

  it("follows an edited decision: smaller resizes the carried week, let go archives it", async () => {
    const fx = await setUp();
    const { me, weeks, goals } = fx;
    const first = await me.caller.checkins.submit(
      lastWeekForm(fx, { planned: { decision: "carry" } }),
    );
    const [carried] = await goalsCopiedFrom(handle.db, me.id, goals.planned.id);
    const full = carried?.targetValue ?? 0;

    const smaller = await me.caller.checkins.submit({
      ...lastWeekForm(fx, { planned: { decision: "carry_smaller", smallerValue: 4 } }),
      version: first.version,
    });
    const [resized] = await goalsCopiedFrom(handle.db, me.id, goals.planned.id);
    expect(resized?.id).toBe(carried?.id);
    expect(resized?.targetValue).toBeCloseTo(4 * MILE, 6);
    expect(resized?.targetValue).toBeLessThan(full);

    const letGo = await me.caller.checkins.submit({
      ...lastWeekForm(fx, { planned: { decision: "let_go" } }),
      version: smaller.version,
    });
    expect(letGo.goals.find((g) => g.goalId === goals.planned.id)?.carriedGoalId).toBeNull();
    const week = await me.caller.week.get({ weekStart: weeks.thisWeek });
    expect(week.goals.map((g) => g.id)).not.toContain(carried?.id);
    expect((await me.caller.goals.get({ id: goals.planned.id })).goal.status).toBe("abandoned");
  });

  it("merges with the block's own goal for next week instead of adding a second one", async () => {
    const fx = await setUp();
    const { me, weeks, goals, block } = fx;
    // The block's ramp already has this week: 11 mi with a 5.5 mi long run.
    const ramp = await me.caller.goals.create(
      microInput(block.id, weeks.thisWeek, {
        title: "Run 11 mi",
        target: weeklyTotal(11),
        plan: [run(addDaysTo(weeks.thisWeek, 2), 5.5), run(addDaysTo(weeks.thisWeek, 6), 5.5)],
      }),
    );
    const first = await me.caller.checkins.submit(
      lastWeekForm(fx, { planned: { decision: "carry" } }),
    );
    // One goal for the week, not two: it repeats last week's 10 mi instead of stepping up.
    const week = await me.caller.week.get({ weekStart: weeks.thisWeek });
    const blockWeeks = week.goals.filter((g) => g.parentId === block.id);
    expect(blockWeeks.map((g) => g.id)).toEqual([ramp.id]);
    expect(blockWeeks[0]).toMatchObject({ title: "Run 10 mi" });
    expect(blockWeeks[0]?.plan.map((s) => s.amount)).toEqual([5, 5]);
    expect(first.goals.find((g) => g.goalId === goals.planned.id)?.carriedGoalId).toBe(ramp.id);
    expect(await goalsCopiedFrom(handle.db, me.id, goals.planned.id)).toEqual([]);

    // Smaller: the week takes the smaller amount; withdrawn: it gets its own 11 mi back.
    const smaller = await me.caller.checkins.submit({
      ...lastWeekForm(fx, { planned: { decision: "carry_smaller", smallerValue: 8 } }),
      version: first.version,
    });
    expect((await me.caller.goals.get({ id: ramp.id })).goal.title).toBe("Run 8 mi");
    await me.caller.checkins.submit({
      ...lastWeekForm(fx, {}),
      version: smaller.version,
    });
    const back = await me.caller.goals.get({ id: ramp.id });
    expect(back.goal).toMatchObject({ title: "Run 11 mi", archived: false });
    expect(back.goal.targetInput?.value).toBe(11);
    expect(back.plan.map((s) => s.amount)).toEqual([5.5, 5.5]);
  });

  it("gives a goal back its active status when an edit excuses it", async () => {
    const fx = await setUp();
    const { me, goals } = fx;
    const form = lastWeekForm(fx, {});
    const hit = {
      ...form,
      goals: form.goals.map((g) =>
        g.goalId === goals.planned.id ? { ...g, outcome: "hit" as const } : g,
      ),
    };
    const first = await me.caller.checkins.submit(hit);
    expect((await me.caller.goals.get({ id: goals.planned.id })).goal.status).toBe("achieved");
    const excused = lastWeekForm(fx, { planned: { outcome: "excused", excuse: "sick" } });
    await me.caller.checkins.submit({ ...excused, version: first.version });
    expect((await me.caller.goals.get({ id: goals.planned.id })).goal.status).toBe("active");
  });
});
