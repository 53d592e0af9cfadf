import { useTestDatabase } from "@stride/db/testing";
import { makeTarget } from "@stride/domain/goals";
import { toStored } from "@stride/domain/units";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/caller";
import {
  createChain,
  MESO,
  macroInput,
  mesoInput,
  microInput,
  refusedWithoutChange,
  run,
  snapshotOf,
  type UpdateInput,
  WEEK_2,
  WEEK_3,
  WEEK_5,
  weeklyTotal,
} from "../../testing/goals";
import { newPerson } from "../../testing/people";
import { athleteWithChain } from "../../testing/worlds";

type Chain = Awaited<ReturnType<typeof createChain>>;
type Level = "macro" | "meso" | "micro";

const handle = useTestDatabase();

describe("goals.update", () => {
  it("renames a goal, bumps its version and records the change", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);

    const result = await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: null,
      changes: { title: "  Build to 15 mi, patiently  " },
    });
    expect(result.changed).toBe(true);
    expect(result.goal).toMatchObject({ title: "Build to 15 mi, patiently", version: 2 });

    const { goal, history } = await athlete.caller.goals.get({ id: mesoId });
    expect(goal).toMatchObject({ title: "Build to 15 mi, patiently", version: 2 });
    expect(history.map((entry) => entry.kind)).toEqual(["updated", "created"]);
    expect(history[0]).toMatchObject({
      actorName: "You",
      reason: null,
      changes: [{ field: "Name", from: "Build to 15 mi a week", to: "Build to 15 mi, patiently" }],
    });
  });

  it("saves nothing and keeps the version when nothing changed", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    const before = await snapshotOf(handle.db, athlete.id);
    const result = await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: null,
      changes: { title: "Build to 15 mi a week", periodEnd: MESO.end, target: weeklyTotal(15) },
    });
    expect(result).toMatchObject({ changed: false, goal: { version: 1 } });
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });

  it.each([
    ["the target", { target: weeklyTotal(13) }],
    ["the end date", { periodEnd: "2026-04-05" }],
    ["the start date", { periodStart: "2026-03-09" }],
    ["the target to none", { target: null }],
  ])("refuses to adjust %s of an active goal without a reason", async (_, changes) => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    // Every change here keeps the micro goal of 9 March inside the block: only the reason is missing.
    const before = await snapshotOf(handle.db, athlete.id);
    for (const reason of [null, "", "   "]) {
      const refusal = await refusalOf(
        athlete.caller.goals.update({ id: mesoId, version: 1, reason, changes }),
      );
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["reason"]);
      expect(refusal.message).toMatch(/Say why/);
    }
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });

  it("adjusts the target with a reason and shows the change in the history", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db, { distanceUnit: "mi" });

    const result = await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: "Sore calf, easing off",
      changes: { target: weeklyTotal(13) },
    });
    expect(result.goal).toMatchObject({ version: 2, targetText: "13 mi each week" });
    expect(result.goal.target?.value).toBeCloseTo(toStored(13, "mi"));

    const { goal, history } = await athlete.caller.goals.get({ id: mesoId });
    expect(goal).toMatchObject({ targetText: "13 mi each week", targetInput: { value: 13 } });
    expect(history[0]).toMatchObject({
      kind: "updated",
      reason: "Sore calf, easing off",
      changes: [{ field: "Target", from: "15 mi each week", to: "13 mi each week" }],
    });
  });

  it("adjusts the dates with a reason and records both ends", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: "Race moved",
      changes: { periodEnd: "2026-04-05" },
    });
    const { goal, history } = await athlete.caller.goals.get({ id: mesoId });
    expect(goal).toMatchObject({ periodStart: MESO.start, periodEnd: "2026-04-05", version: 2 });
    expect(history[0]).toMatchObject({
      reason: "Race moved",
      changes: [{ field: "Ends", from: "12 Apr 2026", to: "5 Apr 2026" }],
    });
  });

  it("lets a goal that is no longer active change its target without a reason", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.setStatus({
      id: mesoId,
      version: 1,
      status: "missed",
      reason: null,
    });
    const result = await athlete.caller.goals.update({
      id: mesoId,
      version: 2,
      reason: null,
      changes: { target: weeklyTotal(12) },
    });
    expect(result.goal).toMatchObject({ version: 3, targetText: "12 mi each week" });
  });

  it("moves a micro goal to another week, deriving its end", async () => {
    const { athlete, microId } = await athleteWithChain(handle.db);
    const result = await athlete.caller.goals.update({
      id: microId,
      version: 1,
      reason: "Travelling that week",
      changes: { periodStart: WEEK_3, periodEnd: "2026-12-31", plan: [run("2026-03-18", 5)] },
    });
    expect(result.goal).toMatchObject({ periodStart: WEEK_3, periodEnd: "2026-03-22" });
  });

  it("replaces the plan, converting amounts from the target unit", async () => {
    const { athlete, microId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.update({
      id: microId,
      version: 1,
      reason: null,
      changes: {
        plan: [run("2026-03-10", 3, "06:30"), run("2026-03-12", 3.5), run("2026-03-15", 8)],
      },
    });
    const { plan, history, goal } = await athlete.caller.goals.get({ id: microId });
    expect(plan.map(({ day, time, amount }) => ({ day, time, amount }))).toEqual([
      { day: "2026-03-10", time: "06:30", amount: 3 },
      { day: "2026-03-12", time: null, amount: 3.5 },
      { day: "2026-03-15", time: null, amount: 8 },
    ]);
    expect(goal.version).toBe(2);
    expect(history[0]?.changes).toEqual([{ field: "Plan", from: "2 items", to: "3 items" }]);
    const stored = await snapshotOf(handle.db, athlete.id);
    expect(stored.sessions).toHaveLength(3);
    expect(stored.sessions.map((s) => s.amount).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      expect.closeTo(toStored(3, "mi")),
      expect.closeTo(toStored(3.5, "mi")),
      expect.closeTo(toStored(8, "mi")),
    ]);
  });

  it("keeps the ticks of checklist items whose label stays", async () => {
    const athlete = await newPerson(handle.db);
    const created = await athlete.caller.goals.create(
      macroInput({
        target: makeTarget({
          kind: "checklist",
          unit: "items",
          per: "period",
          activityTypes: [],
          label: "parkruns",
        }),
        checklist: ["Bushy", "Fulham", "Hampstead"],
      }),
    );
    const before = await athlete.caller.goals.get({ id: created.id });
    const fulham = before.checklist.find((item) => item.label === "Fulham");
    const ticked = await athlete.caller.goals.tickChecklistItem({
      itemId: fulham?.id ?? "",
      done: true,
    });
    expect(ticked.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await athlete.caller.goals.update({
      id: created.id,
      version: 1,
      reason: null,
      changes: { checklist: ["Hampstead", "Fulham", "Richmond"] },
    });
    const after = await athlete.caller.goals.get({ id: created.id });
    expect(after.checklist).toEqual([
      {
        id: before.checklist.find((i) => i.label === "Hampstead")?.id,
        label: "Hampstead",
        doneOn: null,
      },
      { id: fulham?.id, label: "Fulham", doneOn: ticked.doneOn },
      { id: expect.any(String), label: "Richmond", doneOn: null },
    ]);
    expect(after.goal.targetText).toBe("3 of 3 parkruns");
    expect(after.history[0]?.changes.map((change) => change.field)).toEqual(["Checklist"]);
  });

  it("refuses a stale version with CONFLICT and the current goal, overwriting nothing", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    // Two tabs open the goal at version 1; the first saves.
    await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: null,
      changes: { title: "From the laptop" },
    });
    const before = await snapshotOf(handle.db, athlete.id);

    const refusal = await refusalOf(
      athlete.caller.goals.update({
        id: mesoId,
        version: 1,
        reason: null,
        changes: { title: "From the phone", why: "Lost update?" },
      }),
    );
    expect(refusal.code).toBe("CONFLICT");
    expect(refusal.message).toMatch(/changed somewhere else/);
    expect(refusal.details).toMatchObject({
      current: { id: mesoId, version: 2, title: "From the laptop" },
    });
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
    const { goal } = await athlete.caller.goals.get({ id: mesoId });
    expect(goal).toMatchObject({ title: "From the laptop", why: "", version: 2 });
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    const save = (title: string) =>
      athlete.caller.goals.update({ id: mesoId, version: 1, reason: null, changes: { title } });

    const results = await Promise.allSettled([save("Tab one"), save("Tab two")]);
    const saved = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.goal.title] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(saved).toHaveLength(1);
    expect(refused).toEqual([expect.objectContaining({ code: "CONFLICT" })]);

    const { goal, history } = await athlete.caller.goals.get({ id: mesoId });
    expect(goal).toMatchObject({ title: saved[0], version: 2 });
    expect(history.map((entry) => entry.kind)).toEqual(["updated", "created"]);
  });

  it("refuses a version from the future with CONFLICT too", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    const refusal = await refusedWithoutChange(handle.db, athlete.id, () =>
      athlete.caller.goals.update({
        id: mesoId,
        version: 7,
        reason: null,
        changes: { title: "x" },
      }),
    );
    expect(refusal).toMatchObject({ code: "CONFLICT", details: { current: { version: 1 } } });
  });

  it("refuses to shrink or move a meso so micro goals under it fall outside", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.create(microInput(mesoId, WEEK_5, { plan: [] }));
    const before = await snapshotOf(handle.db, athlete.id);
    for (const [changes, message] of [
      // The block would end before the micro goal of 30 March–5 April begins.
      [{ periodEnd: "2026-03-29" }, /^1 goal under this one would fall outside/],
      // The micro goal of 9–15 March would end before the block begins.
      [{ periodStart: WEEK_3 }, /^1 goal under this one would fall outside/],
      [{ periodStart: WEEK_3, periodEnd: "2026-03-29" }, /^2 goals under this one/],
    ] as const) {
      const refusal = await refusalOf(
        athlete.caller.goals.update({ id: mesoId, version: 1, reason: "Shorter block", changes }),
      );
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["periodEnd"]);
      expect(refusal.message).toMatch(message);
    }
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);

    // Ending on the Tuesday of the last micro goal's week keeps that week, partial: allowed.
    const result = await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: "Shorter block",
      changes: { periodEnd: "2026-03-31" },
    });
    expect(result.goal.periodEnd).toBe("2026-03-31");
  });

  it("ignores archived children when checking that the children still fit", async () => {
    const { athlete, mesoId, microId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.archive({ id: microId, version: 1 });
    const result = await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: "Shorter block",
      changes: { periodStart: WEEK_3, periodEnd: "2026-03-29" },
    });
    expect(result.goal).toMatchObject({ periodStart: WEEK_3, periodEnd: "2026-03-29" });
  });

  const invalidChanges: [string, Level, (ids: Chain) => UpdateInput["changes"], string][] = [
    [
      "a micro week off the week start",
      "micro",
      () => ({ periodStart: "2026-03-10" }),
      "periodStart",
    ],
    [
      "a micro week outside its meso",
      "micro",
      () => ({ periodStart: "2026-04-13" }),
      "periodStart",
    ],
    ["a plan day outside the week", "micro", () => ({ plan: [run(WEEK_3)] }), "plan"],
    ["a plan on a meso", "meso", () => ({ plan: [run(WEEK_2)] }), "plan"],
    ["a meso longer than 6 weeks", "meso", () => ({ periodEnd: "2026-04-13" }), "periodEnd"],
    ["a meso ending before it starts", "meso", () => ({ periodEnd: "2026-03-01" }), "periodEnd"],
    [
      "a meso running past its macro",
      "meso",
      () => ({ periodStart: "2026-12-21", periodEnd: "2027-01-17" }),
      "periodEnd",
    ],
    ["a macro over 12 months", "macro", () => ({ periodEnd: "2027-01-01" }), "periodEnd"],
    ["a micro under a macro", "micro", (ids) => ({ parentId: ids.macroId }), "parentId"],
    ["a meso under itself", "meso", (ids) => ({ parentId: ids.mesoId }), "parentId"],
    ["a parent for a macro", "macro", (ids) => ({ parentId: ids.macroId }), "parentId"],
    [
      "a sessions target in miles",
      "meso",
      () => ({ target: { ...weeklyTotal(3), kind: "sessions", unit: "mi" } }),
      "changes.target.unit",
    ],
    ["an over-long title", "meso", () => ({ title: "t".repeat(121) }), "changes.title"],
    ["a blank title", "meso", () => ({ title: "" }), "changes.title"],
    ["an over-long reason", "meso", () => ({ title: "ok" }), "reason"],
  ];

  it.each(invalidChanges)(
    "refuses %s by field and changes nothing",
    async (name, level, changes, field) => {
      const athlete = await newPerson(handle.db);
      const ids = await createChain(athlete.caller);
      const id = { macro: ids.macroId, meso: ids.mesoId, micro: ids.microId }[level];
      const reason = name === "an over-long reason" ? "r".repeat(501) : "Because";
      const before = await snapshotOf(handle.db, athlete.id);
      const refusal = await refusalOf(
        athlete.caller.goals.update({ id, version: 1, reason, changes: changes(ids) }),
      );
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(Object.keys(refusal.fieldErrors ?? {})).toEqual([field]);
      expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
    },
  );

  it("moves a micro goal to another of the athlete's meso goals", async () => {
    const { athlete, macroId, microId } = await athleteWithChain(handle.db);
    const other = await athlete.caller.goals.create(
      mesoInput(macroId, { title: "Base block", periodStart: WEEK_2, periodEnd: "2026-04-05" }),
    );
    const result = await athlete.caller.goals.update({
      id: microId,
      version: 1,
      reason: null,
      changes: { parentId: other.id },
    });
    expect(result.goal.parentId).toBe(other.id);
    const { history } = await athlete.caller.goals.get({ id: microId });
    expect(history[0]?.changes).toEqual([
      { field: "Part of", from: "another goal", to: "Base block" },
    ]);
  });

  it("refuses another athlete's goal as the new parent with NOT_FOUND and changes nothing", async () => {
    const owner = await newPerson(handle.db);
    const stranger = await newPerson(handle.db);
    const theirs = await createChain(owner.caller);
    const mine = await stranger.caller.goals.create(microInput(null, WEEK_2));
    const ownerBefore = await snapshotOf(handle.db, owner.id);
    const strangerBefore = await snapshotOf(handle.db, stranger.id);

    const refusal = await refusalOf(
      stranger.caller.goals.update({
        id: mine.id,
        version: 1,
        reason: null,
        changes: { parentId: theirs.mesoId },
      }),
    );
    expect(refusal).toMatchObject({
      code: "NOT_FOUND",
      fieldErrors: { parentId: ["That parent goal was not found."] },
    });
    expect(await snapshotOf(handle.db, stranger.id)).toEqual(strangerBefore);
    expect(await snapshotOf(handle.db, owner.id)).toEqual(ownerBefore);
  });
});

describe("goals.update of a meso split into weeks", () => {
  it("keeps the meso's weekly goals when the meso's title changes", async () => {
    const athlete = await newPerson(handle.db);
    const created = await athlete.caller.goals.create(
      mesoInput(null, {
        weeks: [
          { periodStart: "2026-03-02", value: 10 },
          { periodStart: WEEK_2, value: 11 },
        ],
      }),
    );
    await athlete.caller.goals.update({
      id: created.id,
      version: 1,
      reason: null,
      changes: { title: "Spring block" },
    });
    const meso = await athlete.caller.goals.get({ id: created.id });
    expect(meso.children.map((c) => c.title)).toEqual(["Run 10 mi", "Run 11 mi"]);
  });
});
