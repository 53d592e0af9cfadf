import { useTestDatabase } from "@stride/db/testing";
import { EMPTY_CHECKIN_MESSAGE } from "@stride/domain/checkins";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/caller";
import {
  checkinRows,
  createWeeklyMiles,
  newRunner,
  type OutcomeInput,
  outcome,
  runnerWithLastWeek,
  type SubmitInput,
  submitInput,
} from "../../testing/checkins";
import { snapshotOf } from "../../testing/goals";
import type { Caller } from "../../testing/people";

const handle = useTestDatabase();

/**
 * Last week's two goals and a good form for them, one goal of this week, and a stranger's goal in
 * the same week (same week start and zone). Each refusal below changes one thing in the form.
 */
async function setUp() {
  const {
    me,
    weeks,
    goals: lastWeeks,
  } = await runnerWithLastWeek(handle.db, { first: 10, second: 6 }, { ran: { day: 1, miles: 3 } });
  const stranger = await newRunner(handle.db);
  const goals = {
    ...lastWeeks,
    thisWeek: await createWeeklyMiles(me.caller, weeks.thisWeek, 8),
    strangers: await createWeeklyMiles(stranger.caller, weeks.lastWeek, 10),
  };
  const form = submitInput(weeks.lastWeek, [
    outcome(goals.first.id, "missed", { decision: "carry" }),
    outcome(goals.second.id, "partial"),
  ]);
  return { me, stranger, weeks, goals, form };
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

/** Submits `input` as `caller` and checks that nothing at all was written for the athlete. */
async function refusedWithoutTrace(fx: Fixture, input: SubmitInput, caller: Caller = fx.me.caller) {
  const goalsBefore = await snapshotOf(handle.db, fx.me.id);
  const refusal = await refusalOf(caller.checkins.submit(input));
  expect(await checkinRows(handle.db, fx.me.id)).toEqual([]);
  expect(await snapshotOf(handle.db, fx.me.id)).toEqual(goalsBefore);
  return refusal;
}

const replaceGoal = (form: SubmitInput, index: number, goalId: string): SubmitInput => ({
  ...form,
  goals: form.goals.map((g, i) => (i === index ? { ...g, goalId } : g)),
});

/** The form with its first goal's line replaced. */
const withFirstLine = (form: SubmitInput, line: OutcomeInput): SubmitInput => ({
  ...form,
  goals: [line, ...form.goals.slice(1)],
});

describe("checkins.submit with bad input saves nothing", () => {
  it("refuses another athlete's goal as not found", async () => {
    const fx = await setUp();
    const refusal = await refusedWithoutTrace(fx, replaceGoal(fx.form, 1, fx.goals.strangers.id));
    expect(refusal).toMatchObject({ code: "NOT_FOUND", fieldErrors: undefined });
    // The stranger's goal is untouched too.
    expect((await fx.stranger.caller.goals.get({ id: fx.goals.strangers.id })).goal).toMatchObject({
      status: "active",
      version: 1,
    });
  });

  it("refuses an own goal of another week", async () => {
    const fx = await setUp();
    const refusal = await refusedWithoutTrace(fx, replaceGoal(fx.form, 1, fx.goals.thisWeek.id));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["goals"]);
  });

  it("refuses a form that leaves out one of the week's goals", async () => {
    const fx = await setUp();
    const refusal = await refusedWithoutTrace(fx, { ...fx.form, goals: fx.form.goals.slice(0, 1) });
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.goals).toEqual(["Give an outcome for each of this week's goals."]);
  });

  it("refuses an excused goal without a reason", async () => {
    const fx = await setUp();
    const refusal = await refusedWithoutTrace(
      fx,
      withFirstLine(fx.form, outcome(fx.goals.first.id, "excused")),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["goals.0.excuse"]);
  });

  it("refuses carry_smaller without the smaller target", async () => {
    const fx = await setUp();
    const refusal = await refusedWithoutTrace(
      fx,
      withFirstLine(fx.form, outcome(fx.goals.first.id, "missed", { decision: "carry_smaller" })),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["goals.0.smallerValue"]);
  });

  it("refuses a reflection over 1,000 characters", async () => {
    const fx = await setUp();
    const refusal = await refusedWithoutTrace(fx, { ...fx.form, wentWell: "a".repeat(1001) });
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors).toEqual({
      wentWell: ['Keep "What went well" to 1,000 characters'],
    });
  });

  it("accepts a reflection of exactly 1,000 characters", async () => {
    const fx = await setUp();
    const saved = await fx.me.caller.checkins.submit({ ...fx.form, wentWell: "a".repeat(1000) });
    expect(saved.wentWell).toHaveLength(1000);
  });

  it("refuses a check-in that says nothing, for a week with no goals", async () => {
    const fx = await setUp();
    const quietWeek = addDaysTo(fx.weeks.lastWeek, -7);
    const empty = submitInput(quietWeek, []);
    const refusal = await refusedWithoutTrace(fx, empty);
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors).toEqual({ wentWell: [EMPTY_CHECKIN_MESSAGE] });
    // Blank lines are as empty as no lines.
    const blank = await refusedWithoutTrace(fx, { ...empty, nextFocus: "   " });
    expect(blank.fieldErrors).toEqual({ wentWell: [EMPTY_CHECKIN_MESSAGE] });
    // A rating alone is something to say.
    const rated = await fx.me.caller.checkins.submit({ ...empty, energy: 2 });
    expect(rated).toMatchObject({ weekStart: quietWeek, energy: 2 });
  });

  it("refuses a mood of 6", async () => {
    const fx = await setUp();
    const refusal = await refusedWithoutTrace(fx, { ...fx.form, mood: 6 });
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors).toEqual({ mood: ["Mood is 1 to 5"] });
  });

  it("refuses a week far in the future", async () => {
    const fx = await setUp();
    const refusal = await refusedWithoutTrace(fx, {
      ...fx.form,
      weekStart: fx.weeks.week(20),
      goals: [],
      mood: 3,
    });
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["weekStart"]);
  });

  it("refuses next week and a week start on the wrong day", async () => {
    const fx = await setUp();
    for (const weekStart of [fx.weeks.nextWeek, addDaysTo(fx.weeks.lastWeek, 2)]) {
      const refusal = await refusedWithoutTrace(fx, { ...fx.form, weekStart });
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["weekStart"]);
    }
  });
});
