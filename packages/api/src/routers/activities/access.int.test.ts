import { randomUUID } from "node:crypto";
import { createGoal } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { makeTarget } from "@stride/domain/goals";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import {
  activityInput,
  activityRows,
  habitRows,
  importItem,
  listAll,
  thisWeekOf,
} from "../../testing/activities";
import { callerFor, postOverHttp, refusalOf } from "../../testing/caller";
import { run, snapshotOf, weeklyTotal } from "../../testing/goals";
import { type Caller, newPerson } from "../../testing/people";

const handle = useTestDatabase();

/**
 * An owner with a live activity, a deleted one, a micro goal planned for today and a daily habit
 * goal with an entry; and a signed-in stranger with an activity of their own.
 */
async function setUp() {
  const owner = await newPerson(handle.db);
  const stranger = await newPerson(handle.db);
  const { today, start } = thisWeekOf(owner);
  const live = await owner.caller.activities.create(activityInput(today));
  const deleted = await owner.caller.activities.create(activityInput(addDaysTo(today, -1)));
  await owner.caller.activities.delete({ id: deleted.id });
  const micro = await createGoal(handle.db, {
    athleteId: owner.id,
    level: "micro",
    title: "Run this week",
    periodStart: start,
    target: weeklyTotal(20, "km"),
    plan: [run(today, 5)],
  });
  const sessionId = (await owner.caller.goals.get({ id: micro.id })).plan[0]?.id ?? "";
  const habit = await createGoal(handle.db, {
    athleteId: owner.id,
    level: "micro",
    title: "Eat veggies",
    category: "nutrition",
    periodStart: start,
    target: makeTarget({
      unit: "count",
      value: 3,
      per: "day",
      activityTypes: [],
      label: "veggie servings",
    }),
  });
  await owner.caller.activities.setHabit({ id: habit.id, date: today, count: 2 });
  const theirs = await stranger.caller.activities.create(activityInput(today, { distance: 7 }));
  return {
    owner,
    stranger,
    today,
    ids: { liveId: live.id, deletedId: deleted.id, sessionId, habitGoalId: habit.id },
    strangersActivityId: theirs.id,
  };
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

/** Everything the owner has that these procedures could touch. */
async function ownerState(fx: Fixture) {
  return {
    activities: await activityRows(handle.db, fx.owner.id),
    habits: await habitRows(handle.db, fx.owner.id),
    goals: await snapshotOf(handle.db, fx.owner.id),
  };
}

const ACTIVITY_NOT_FOUND = "That activity was not found.";

/** Every activities procedure aimed at one of the owner's things, as whoever `caller` is. */
const attempts: [string, (caller: Caller, fx: Fixture) => Promise<unknown>, string][] = [
  [
    "update",
    (c, fx) =>
      c.activities.update({ ...activityInput(fx.today, { distance: 1 }), id: fx.ids.liveId }),
    ACTIVITY_NOT_FOUND,
  ],
  ["delete", (c, fx) => c.activities.delete({ id: fx.ids.liveId }), ACTIVITY_NOT_FOUND],
  ["restore", (c, fx) => c.activities.restore({ id: fx.ids.deletedId }), ACTIVITY_NOT_FOUND],
  [
    "logPlanned",
    (c, fx) => c.activities.logPlanned({ sessionId: fx.ids.sessionId }),
    "That planned session was not found.",
  ],
  [
    "setHabit",
    (c, fx) => c.activities.setHabit({ id: fx.ids.habitGoalId, date: fx.today, count: 0 }),
    "That goal was not found.",
  ],
];

describe("a signed-in stranger", () => {
  it.each(attempts)(
    "gets NOT_FOUND from activities.%s and changes nothing",
    async (_, attempt, message) => {
      const fx = await setUp();
      const ownerBefore = await ownerState(fx);
      const strangerBefore = await activityRows(handle.db, fx.stranger.id);

      const refusal = await refusalOf(attempt(fx.stranger.caller, fx));
      expect(refusal).toMatchObject({ code: "NOT_FOUND", message, fieldErrors: undefined });

      expect(await ownerState(fx)).toEqual(ownerBefore);
      expect(await activityRows(handle.db, fx.stranger.id)).toEqual(strangerBefore);
    },
  );

  it("cannot tell the owner's activity from one that does not exist", async () => {
    const fx = await setUp();
    const theirs = await refusalOf(fx.stranger.caller.activities.delete({ id: fx.ids.liveId }));
    const nobodys = await refusalOf(fx.stranger.caller.activities.delete({ id: randomUUID() }));
    expect(theirs).toEqual(nobodys);
  });

  it("never sees the owner's activities in activities.list", async () => {
    const fx = await setUp();
    const everything = await listAll(fx.stranger.caller, {
      from: addDaysTo(fx.today, -30),
      to: fx.today,
    });
    expect(everything.map((a) => a.id)).toEqual([fx.strangersActivityId]);
    expect(JSON.stringify(everything)).not.toContain(fx.ids.liveId);
    // The owner still sees theirs.
    expect((await listAll(fx.owner.caller)).map((a) => a.id)).toEqual([fx.ids.liveId]);
  });

  it("imports only into their own log, even a recording the owner has too", async () => {
    const fx = await setUp();
    const ownerBefore = await ownerState(fx);
    const item = importItem(fx.today);
    expect(await fx.owner.caller.activities.import({ activities: [item] })).toMatchObject({
      imported: 1,
    });
    const ownerAfterImport = await activityRows(handle.db, fx.owner.id);
    // The same start and type is a duplicate only within one athlete's log.
    expect(await fx.stranger.caller.activities.import({ activities: [item] })).toEqual({
      imported: 1,
      skipped: 0,
      refused: 0,
    });
    expect(await activityRows(handle.db, fx.owner.id)).toEqual(ownerAfterImport);
    expect(ownerAfterImport).toHaveLength(ownerBefore.activities.length + 1);
  });

  it("gets 404 over HTTP with the sentence and no stack trace", async () => {
    const fx = await setUp();
    const ownerBefore = await ownerState(fx);
    const { status, body } = await postOverHttp(handle.db, fx.stranger.id, "activities.delete", {
      id: fx.ids.liveId,
    });
    expect(status).toBe(404);
    expect(body).toMatchObject({
      error: { json: { message: ACTIVITY_NOT_FOUND, data: { code: "NOT_FOUND" } } },
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules|athlete_id|select /i);
    expect(await ownerState(fx)).toEqual(ownerBefore);
  });
});

describe("an anonymous caller", () => {
  const anonymousAttempts: [string, (caller: Caller, fx: Fixture) => Promise<unknown>][] = [
    ...attempts.map(([name, attempt]) => [name, attempt] as [string, typeof attempt]),
    ["list", (c) => c.activities.list({ from: null, to: null, type: null, limit: 10 })],
    ["create", (c, fx) => c.activities.create(activityInput(fx.today))],
    [
      "previewImport",
      (c, fx) => c.activities.previewImport({ activities: [importItem(fx.today)] }),
    ],
    ["import", (c, fx) => c.activities.import({ activities: [importItem(fx.today)] })],
  ];

  it.each(anonymousAttempts)(
    "gets UNAUTHORIZED from activities.%s and changes nothing",
    async (_, attempt) => {
      const fx = await setUp();
      const ownerBefore = await ownerState(fx);
      const refusal = await refusalOf(attempt(callerFor(handle.db, null), fx));
      expect(refusal.code).toBe("UNAUTHORIZED");
      expect(await ownerState(fx)).toEqual(ownerBefore);
    },
  );
});
