import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { makeTarget } from "@stride/domain/goals";
import { toStored } from "@stride/domain/units";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/caller";
import {
  type CreateInput,
  createChain,
  goalCount,
  MESO,
  macroInput,
  mesoInput,
  microInput,
  run,
  snapshotOf,
  WEEK_1,
  WEEK_2,
  WEEK_3,
  WEEK_4,
  WEEK_5,
  WEEK_6,
  weeklyTotal,
  YEAR,
} from "../../testing/goals";
import { newPerson } from "../../testing/people";
import { athleteWithChain } from "../../testing/worlds";

const handle = useTestDatabase();

/** The refusal names exactly one field, with a message a person can act on. */
async function expectFieldRefusal(attempt: Promise<unknown>, field: string, code = "BAD_REQUEST") {
  const refusal = await refusalOf(attempt);
  expect(refusal.code).toBe(code);
  expect(Object.keys(refusal.fieldErrors ?? {})).toEqual([field]);
  expect(refusal.fieldErrors?.[field]?.[0]).toMatch(/\w/);
  return refusal;
}

const sessionsPerWeek = makeTarget({
  kind: "sessions",
  unit: "sessions",
  value: 3,
}) satisfies CreateInput["target"];

describe("goals.create", () => {
  it("creates a macro → meso → micro chain and derives the micro's end from its start", async () => {
    const { athlete, macroId, mesoId, microId } = await athleteWithChain(handle.db, {
      distanceUnit: "mi",
    });

    const macro = await athlete.caller.goals.get({ id: macroId });
    expect(macro.goal).toMatchObject({
      level: "macro",
      parentId: null,
      title: "Run a half marathon",
      why: "I want to feel strong at 40",
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
      status: "active",
      version: 1,
      archived: false,
      position: 0,
      targetText: "1,000 mi",
    });
    expect(macro.children.map((child) => child.id)).toEqual([mesoId]);
    expect(macro.history).toEqual([
      expect.objectContaining({ kind: "created", actorName: "You", reason: null, changes: [] }),
    ]);

    const meso = await athlete.caller.goals.get({ id: mesoId });
    expect(meso.goal).toMatchObject({
      level: "meso",
      parentId: macroId,
      periodStart: MESO.start,
      periodEnd: MESO.end,
      targetText: "15 mi each week",
    });
    expect(meso.parent?.id).toBe(macroId);
    expect(meso).toMatchObject({ parentLevel: "macro", childLevel: "micro" });

    const micro = await athlete.caller.goals.get({ id: microId });
    // The micro input said periodEnd = periodStart; a micro goal always lasts the athlete's week.
    expect(micro.goal).toMatchObject({
      level: "micro",
      parentId: mesoId,
      periodStart: WEEK_2,
      periodEnd: "2026-03-15",
    });
    expect(micro.plan.map(({ day, amount }) => ({ day, amount }))).toEqual([
      { day: WEEK_2, amount: 4 },
      { day: "2026-03-11", amount: 6 },
    ]);
    // Stored in metres, whatever unit the athlete typed.
    const stored = await snapshotOf(handle.db, athlete.id);
    const microRow = stored.goals.find((goal) => goal.id === microId);
    expect(microRow?.targetValue).toBeCloseTo(toStored(10, "mi"));
    const amounts = stored.sessions.map((session) => session.amount ?? 0).sort((a, b) => a - b);
    expect(amounts).toEqual([expect.closeTo(toStored(4, "mi")), expect.closeTo(toStored(6, "mi"))]);
    expect(stored.goals).toHaveLength(3);
    expect(stored.revisions).toHaveLength(3);
  });

  it("places a new sibling after the existing ones", async () => {
    const { athlete, mesoId, microId } = await athleteWithChain(handle.db);
    const second = await athlete.caller.goals.create(
      microInput(mesoId, WEEK_3, { plan: [run(WEEK_3)] }),
    );
    const meso = await athlete.caller.goals.get({ id: mesoId });
    expect(meso.children.map((child) => [child.id, child.position])).toEqual([
      [microId, 0],
      [second.id, 1],
    ]);
  });

  it("splits a meso goal into weekly micro goals in one step, marking the lighter week", async () => {
    const athlete = await newPerson(handle.db, { distanceUnit: "mi" });
    const macro = await athlete.caller.goals.create(macroInput());
    // Sent out of order on purpose: the lighter week is lighter than the week before it by date.
    const created = await athlete.caller.goals.create(
      mesoInput(macro.id, {
        target: weeklyTotal(15, "mi", 10),
        weeks: [
          { periodStart: WEEK_4, value: 10.6 },
          { periodStart: WEEK_1, value: 11 },
          { periodStart: WEEK_2, value: 12.1 },
          { periodStart: WEEK_3, value: 13.3 },
          { periodStart: WEEK_5, value: 14.6 },
          { periodStart: WEEK_6, value: 15 },
        ],
      }),
    );
    expect(created.weeksCreated).toBe(6);

    const meso = await athlete.caller.goals.get({ id: created.id });
    expect(
      meso.children.map((week) => [week.title, week.periodStart, week.periodEnd, week.position]),
    ).toEqual([
      ["Run 11 mi", WEEK_1, "2026-03-08", 0],
      ["Run 12.1 mi", WEEK_2, "2026-03-15", 1],
      ["Run 13.3 mi", WEEK_3, "2026-03-22", 2],
      ["Run 10.6 mi (lighter week)", WEEK_4, "2026-03-29", 3],
      ["Run 14.6 mi", WEEK_5, "2026-04-05", 4],
      ["Run 15 mi", WEEK_6, "2026-04-12", 5],
    ]);
    const values = [11, 12.1, 13.3, 10.6, 14.6, 15];
    for (const [index, week] of meso.children.entries()) {
      expect(week).toMatchObject({
        level: "micro",
        parentId: created.id,
        why: "",
        status: "active",
        version: 1,
        target: { kind: "total", unit: "mi", per: "week", baseline: null, activityTypes: ["run"] },
        targetInput: { value: values[index] },
      });
      expect(week.target?.value).toBeCloseTo(toStored(values[index] ?? 0, "mi"));
    }
    // Each weekly goal has its own "created" entry in its history.
    const stored = await snapshotOf(handle.db, athlete.id);
    expect(stored.goals).toHaveLength(8);
    expect(stored.revisions.filter((r) => r.kind === "created")).toHaveLength(8);
  });

  it("stores the weekly goals of a kilometre block in metres", async () => {
    const athlete = await newPerson(handle.db);
    const created = await athlete.caller.goals.create(
      mesoInput(null, {
        periodEnd: "2026-03-15",
        target: { ...weeklyTotal(20, "km"), activityTypes: ["walk"] },
        weeks: [
          { periodStart: WEEK_1, value: 18 },
          { periodStart: WEEK_2, value: 20 },
        ],
      }),
    );
    expect(created.weeksCreated).toBe(2);
    const rows = (await snapshotOf(handle.db, athlete.id)).goals.filter((g) => g.level === "micro");
    expect(rows.map((row) => [row.title, row.targetValue, row.targetUnit]).sort()).toEqual([
      ["Walk 18 km", 18_000, "km"],
      ["Walk 20 km", 20_000, "km"],
    ]);
  });

  it("starts a block on a Friday and keeps its first, partial week as a week goal", async () => {
    const athlete = await newPerson(handle.db);
    const macro = await athlete.caller.goals.create(macroInput());
    // Friday 6 March to Thursday 16 April: seven of the athlete's weeks overlap it.
    const created = await athlete.caller.goals.create(
      mesoInput(macro.id, {
        periodStart: "2026-03-06",
        periodEnd: "2026-04-16",
        target: weeklyTotal(15, "mi", 10),
        weeks: [WEEK_1, WEEK_2, WEEK_3, WEEK_4, WEEK_5, WEEK_6, "2026-04-13"].map(
          (periodStart, i) => ({ periodStart, value: 10 + i * 0.5 }),
        ),
      }),
    );
    expect(created.weeksCreated).toBe(7);
    const block = await athlete.caller.goals.get({ id: created.id });
    expect(block.children.map((c) => c.periodStart)[0]).toBe(WEEK_1);
  });

  it("refuses a block before its macro goal's start, naming the dates and both fixes", async () => {
    const athlete = await newPerson(handle.db);
    const macro = await athlete.caller.goals.create(
      macroInput({ periodStart: "2026-12-04", periodEnd: "2027-12-03" }),
    );
    const refusal = await refusalOf(
      athlete.caller.goals.create(
        mesoInput(macro.id, { periodStart: "2026-11-30", periodEnd: "2027-01-10" }),
      ),
    );
    expect(refusal).toMatchObject({
      code: "BAD_REQUEST",
      message:
        "This goal must lie inside \u201cRun a half marathon\u201d (4 Dec 2026 \u2013 3 Dec 2027): start it on or after 4 Dec 2026, or move the macro goal's start to 30 Nov 2026.",
      fieldErrors: { periodStart: expect.any(Array) },
    });
  });

  it("creates no weekly goals when none are asked for", async () => {
    const athlete = await newPerson(handle.db);
    const created = await athlete.caller.goals.create(mesoInput(null));
    expect(created.weeksCreated).toBe(0);
    expect(await goalCount(handle.db, athlete.id)).toBe(1);
  });
});

describe("goals.create refuses a goal that breaks a rule, by field, and saves nothing", () => {
  const cases: [string, CreateInput, string][] = [
    ["a meso of 13 days", mesoInput(null, { periodEnd: "2026-03-14" }), "periodEnd"],
    ["a meso of 43 days", mesoInput(null, { periodEnd: "2026-04-13" }), "periodEnd"],
    ["a macro over 12 months", macroInput({ periodEnd: "2027-01-01" }), "periodEnd"],
    [
      "an end before the start",
      macroInput({ periodStart: "2026-06-01", periodEnd: "2026-05-31" }),
      "periodEnd",
    ],
    [
      "a micro starting on a Tuesday",
      microInput(null, "2026-03-10", { plan: [run("2026-03-10")] }),
      "periodStart",
    ],
    ["a plan on a meso goal", mesoInput(null, { plan: [run("2026-03-03")] }), "plan"],
    ["a plan on a macro goal", macroInput({ plan: [run("2026-03-03")] }), "plan"],
    ["a plan day after the week", microInput(null, WEEK_2, { plan: [run(WEEK_3)] }), "plan"],
    ["a plan day before the week", microInput(null, WEEK_2, { plan: [run("2026-03-08")] }), "plan"],
    [
      "weeks on a meso counting sessions",
      mesoInput(null, { target: sessionsPerWeek, weeks: [{ periodStart: WEEK_1, value: 3 }] }),
      "weeks",
    ],
    [
      "weeks on a meso with a total for the whole period",
      mesoInput(null, {
        target: { ...weeklyTotal(60), per: "period" },
        weeks: [{ periodStart: WEEK_1, value: 10 }],
      }),
      "weeks",
    ],
    [
      "weeks on a meso without a target",
      mesoInput(null, { target: null, weeks: [{ periodStart: WEEK_1, value: 10 }] }),
      "weeks",
    ],
    [
      "weeks on a micro goal",
      microInput(null, WEEK_2, { weeks: [{ periodStart: WEEK_2, value: 10 }] }),
      "weeks",
    ],
    [
      "a week that does not start on the week start day",
      mesoInput(null, { weeks: [{ periodStart: "2026-03-03", value: 10 }] }),
      "weeks",
    ],
    [
      "a week outside the meso",
      mesoInput(null, {
        weeks: [
          { periodStart: WEEK_6, value: 10 },
          { periodStart: "2026-04-20", value: 10 },
        ],
      }),
      "weeks",
    ],
    [
      "the same week twice",
      mesoInput(null, {
        weeks: [
          { periodStart: WEEK_1, value: 10 },
          { periodStart: WEEK_1, value: 11 },
        ],
      }),
      "weeks",
    ],
    [
      "a sessions target measured in miles",
      mesoInput(null, { target: { ...sessionsPerWeek, unit: "mi" } }),
      "target.unit",
    ],
    [
      "a milestone each week",
      macroInput({
        target: { ...weeklyTotal(13.1), kind: "milestone", per: "week" },
      }),
      "target.per",
    ],
    [
      "a distance target with no activities",
      mesoInput(null, { target: { ...weeklyTotal(15), activityTypes: [] } }),
      "target.activityTypes",
    ],
    [
      "8 habit days a week",
      mesoInput(null, {
        target: { ...sessionsPerWeek, kind: "habit_days", unit: "days", value: 8 },
      }),
      "target.value",
    ],
    [
      "a race time without a race distance",
      macroInput({
        target: { ...weeklyTotal(6900), kind: "best_performance", unit: "time", per: "period" },
      }),
      "target.eventDistanceMetres",
    ],
    [
      "a count with nothing to count",
      mesoInput(null, { target: { ...weeklyTotal(14), unit: "count" } }),
      "target.label",
    ],
    ["a title over 120 characters", macroInput({ title: "x".repeat(121) }), "title"],
    ["a blank title", macroInput({ title: "   " }), "title"],
    ["a why over 1,000 characters", macroInput({ why: "y".repeat(1001) }), "why"],
    ["a date that is not a date", macroInput({ periodStart: "1 January" }), "periodStart"],
    ["a parent id that is not an id", mesoInput("not-a-uuid"), "parentId"],
    [
      "29 sessions in one week",
      microInput(null, WEEK_2, { plan: Array.from({ length: 29 }, () => run(WEEK_2)) }),
      "plan",
    ],
  ];

  it.each(cases)("refuses %s", async (_, input, field) => {
    const athlete = await newPerson(handle.db);
    await expectFieldRefusal(athlete.caller.goals.create(input), field);
    expect(await goalCount(handle.db, athlete.id)).toBe(0);
    const tree = await athlete.caller.goals.tree({ year: YEAR, includeArchived: true });
    expect(tree.roots).toEqual([]);
  });

  const underParent: [
    string,
    (ids: Awaited<ReturnType<typeof createChain>>) => CreateInput,
    string,
  ][] = [
    [
      "a meso running past its macro",
      ({ macroId }) => mesoInput(macroId, { periodStart: "2026-12-14", periodEnd: "2027-01-10" }),
      "periodEnd",
    ],
    [
      "a micro week after its meso",
      ({ mesoId }) => microInput(mesoId, "2026-04-13", { plan: [] }),
      "periodStart",
    ],
    [
      "a micro week before its meso",
      ({ mesoId }) => microInput(mesoId, "2026-02-23", { plan: [] }),
      "periodStart",
    ],
    ["a micro under a macro", ({ macroId }) => microInput(macroId, WEEK_2), "parentId"],
    ["a micro under a micro", ({ microId }) => microInput(microId, WEEK_2), "parentId"],
    ["a meso under a meso", ({ mesoId }) => mesoInput(mesoId), "parentId"],
    ["a macro with a parent", ({ macroId }) => macroInput({ parentId: macroId }), "parentId"],
    [
      "a micro under its meso with a plan day outside the week",
      ({ mesoId }) => microInput(mesoId, WEEK_3, { plan: [run(WEEK_3), run(WEEK_4)] }),
      "plan",
    ],
  ];

  it.each(underParent)("refuses %s and leaves the tree as it was", async (_, input, field) => {
    const athlete = await newPerson(handle.db);
    const ids = await createChain(athlete.caller);
    const before = await snapshotOf(handle.db, athlete.id);
    await expectFieldRefusal(athlete.caller.goals.create(input(ids)), field);
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });

  it("refuses a goal under an archived parent until the parent is restored", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.archive({ id: mesoId, version: 1 });
    const before = await snapshotOf(handle.db, athlete.id);

    const refusal = await expectFieldRefusal(
      athlete.caller.goals.create(microInput(mesoId, WEEK_3)),
      "parentId",
    );
    expect(refusal.message).toMatch(/archived/);
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);

    await athlete.caller.goals.restore({ id: mesoId, version: 2 });
    await expect(athlete.caller.goals.create(microInput(mesoId, WEEK_3))).resolves.toMatchObject({
      weeksCreated: 0,
    });
  });

  it("refuses a parent id that does not exist with NOT_FOUND on parentId", async () => {
    const athlete = await newPerson(handle.db);
    await expectFieldRefusal(
      athlete.caller.goals.create(mesoInput(randomUUID())),
      "parentId",
      "NOT_FOUND",
    );
    expect(await goalCount(handle.db, athlete.id)).toBe(0);
  });

  it("says which week start day a micro goal must start on", async () => {
    const athlete = await newPerson(handle.db);
    const refusal = await refusalOf(athlete.caller.goals.create(microInput(null, "2026-03-10")));
    expect(refusal.message).toBe(
      "A micro goal is one week starting on your week start day (monday).",
    );
  });

  it("says how long a too-short meso is", async () => {
    const athlete = await newPerson(handle.db);
    const refusal = await refusalOf(
      athlete.caller.goals.create(mesoInput(null, { periodEnd: "2026-03-14" })),
    );
    expect(refusal.message).toMatch(/2 to 6 weeks.*13 days/);
  });
});

describe("goals.create for an athlete whose week starts on Sunday", () => {
  it("accepts a micro goal starting on Sunday and ends it on Saturday", async () => {
    const athlete = await newPerson(handle.db, { weekStart: "sunday" });
    const created = await athlete.caller.goals.create(
      microInput(null, "2026-03-08", { plan: [run("2026-03-14")] }),
    );
    const { goal } = await athlete.caller.goals.get({ id: created.id });
    expect(goal).toMatchObject({ periodStart: "2026-03-08", periodEnd: "2026-03-14" });
  });

  it("refuses a micro goal starting on Monday, naming the Sunday week start", async () => {
    const athlete = await newPerson(handle.db, { weekStart: "sunday" });
    const refusal = await expectFieldRefusal(
      athlete.caller.goals.create(microInput(null, WEEK_2)),
      "periodStart",
    );
    expect(refusal.message).toMatch(/sunday/);
    expect(await goalCount(handle.db, athlete.id)).toBe(0);
  });

  it("splits a meso into Sunday weeks", async () => {
    const athlete = await newPerson(handle.db, { weekStart: "sunday" });
    const created = await athlete.caller.goals.create(
      mesoInput(null, {
        periodStart: "2026-03-01",
        periodEnd: "2026-03-14",
        weeks: [
          { periodStart: "2026-03-01", value: 10 },
          { periodStart: "2026-03-08", value: 11 },
        ],
      }),
    );
    const meso = await athlete.caller.goals.get({ id: created.id });
    expect(meso.children.map((week) => [week.title, week.periodStart, week.periodEnd])).toEqual([
      ["Run 10 mi", "2026-03-01", "2026-03-07"],
      ["Run 11 mi", "2026-03-08", "2026-03-14"],
    ]);
  });
});

describe("goals.create under another athlete's goal", () => {
  it("is NOT_FOUND, saves nothing for the caller and leaves the owner's tree alone", async () => {
    const owner = await newPerson(handle.db);
    const stranger = await newPerson(handle.db);
    const { macroId, mesoId } = await createChain(owner.caller);
    const ownerBefore = await snapshotOf(handle.db, owner.id);

    const asMeso = await expectFieldRefusal(
      stranger.caller.goals.create(mesoInput(macroId)),
      "parentId",
      "NOT_FOUND",
    );
    expect(asMeso.message).toBe("That parent goal was not found.");
    await expectFieldRefusal(
      stranger.caller.goals.create(
        mesoInput(macroId, { weeks: [{ periodStart: WEEK_1, value: 10 }] }),
      ),
      "parentId",
      "NOT_FOUND",
    );
    await expectFieldRefusal(
      stranger.caller.goals.create(microInput(mesoId, WEEK_2)),
      "parentId",
      "NOT_FOUND",
    );

    expect(await goalCount(handle.db, stranger.id)).toBe(0);
    expect(await snapshotOf(handle.db, owner.id)).toEqual(ownerBefore);
  });
});
