import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { toStored } from "@stride/domain/units";
import { describe, expect, it } from "vitest";
import { fieldRefusal, refusalOf } from "../../testing/caller";
import {
  createChain,
  macroInput,
  mesoInput,
  microInput,
  refusedWithoutChange,
  run,
  snapshotOf,
  strengthSessions,
  WEEK_1,
  WEEK_2,
  WEEK_3,
  YEAR,
} from "../../testing/goals";
import { type Caller, newPerson } from "../../testing/people";
import { athleteWithChain } from "../../testing/worlds";

const handle = useTestDatabase();

describe("goals.setStatus", () => {
  it("changes the status at the current version and records why", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);

    const achieved = await athlete.caller.goals.setStatus({
      id: mesoId,
      version: 1,
      status: "achieved",
      reason: "  Ran 15 mi three weeks running ",
    });
    expect(achieved).toMatchObject({ id: mesoId, status: "achieved", version: 2 });
    const abandoned = await athlete.caller.goals.setStatus({
      id: mesoId,
      version: 2,
      status: "abandoned",
      reason: null,
    });
    expect(abandoned).toMatchObject({ status: "abandoned", version: 3 });

    const { goal, history } = await athlete.caller.goals.get({ id: mesoId });
    expect(goal).toMatchObject({ status: "abandoned", version: 3 });
    expect(history.map(({ kind, reason, changes }) => ({ kind, reason, changes }))).toEqual([
      {
        kind: "status",
        reason: null,
        changes: [{ field: "Status", from: "Achieved", to: "Let go" }],
      },
      {
        kind: "status",
        reason: "Ran 15 mi three weeks running",
        changes: [{ field: "Status", from: "Active", to: "Achieved" }],
      },
      { kind: "created", reason: null, changes: [] },
    ]);
  });

  it("records nothing when the status is already the one asked for", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    const before = await snapshotOf(handle.db, athlete.id);
    const result = await athlete.caller.goals.setStatus({
      id: mesoId,
      version: 1,
      status: "active",
      reason: null,
    });
    expect(result).toMatchObject({ status: "active", version: 1 });
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });

  it("refuses a stale version with CONFLICT and the current goal, changing nothing", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: null,
      changes: { title: "Renamed elsewhere" },
    });
    const refusal = await refusedWithoutChange(handle.db, athlete.id, () =>
      athlete.caller.goals.setStatus({ id: mesoId, version: 1, status: "missed", reason: null }),
    );
    expect(refusal).toMatchObject({
      code: "CONFLICT",
      details: {
        current: { id: mesoId, version: 2, status: "active", title: "Renamed elsewhere" },
      },
    });
  });

  it("refuses an unknown status by field", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    const refusal = await refusedWithoutChange(handle.db, athlete.id, () =>
      athlete.caller.goals.setStatus({
        id: mesoId,
        version: 1,
        // @ts-expect-error: a status the client should never send
        status: "done",
        reason: null,
      }),
    );
    expect(refusal).toMatchObject(fieldRefusal("status", "Pick a status"));
  });
});

describe("goals.archive and goals.restore", () => {
  it("archive and restore at the current version, each bumping it and leaving a record", async () => {
    const { athlete, microId } = await athleteWithChain(handle.db);

    const archived = await athlete.caller.goals.archive({ id: microId, version: 1 });
    expect(archived).toMatchObject({ archived: true, version: 2 });
    // Archiving twice (a double click) changes nothing more.
    const again = await athlete.caller.goals.archive({ id: microId, version: 2 });
    expect(again).toMatchObject({ archived: true, version: 2 });

    const restored = await athlete.caller.goals.restore({ id: microId, version: 2 });
    expect(restored).toMatchObject({ archived: false, version: 3 });

    const { goal, history } = await athlete.caller.goals.get({ id: microId });
    expect(goal).toMatchObject({ archived: false, version: 3, status: "active" });
    expect(history.map((entry) => entry.kind)).toEqual(["restored", "archived", "created"]);
  });

  it("refuse a stale version with CONFLICT and change nothing", async () => {
    const { athlete, microId, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.update({
      id: microId,
      version: 1,
      reason: null,
      changes: { title: "Renamed" },
    });
    await athlete.caller.goals.archive({ id: mesoId, version: 1 });
    await athlete.caller.goals.update({
      id: mesoId,
      version: 2,
      reason: null,
      changes: { title: "Renamed while archived" },
    });
    const before = await snapshotOf(handle.db, athlete.id);

    const archive = await refusalOf(athlete.caller.goals.archive({ id: microId, version: 1 }));
    expect(archive).toMatchObject({ code: "CONFLICT", details: { current: { version: 2 } } });
    const restore = await refusalOf(athlete.caller.goals.restore({ id: mesoId, version: 2 }));
    expect(restore).toMatchObject({
      code: "CONFLICT",
      details: { current: { version: 3, archived: true } },
    });
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });
});

describe("goals.restore of a goal that no longer fits", () => {
  it("refuses to restore a micro goal whose meso shrank while it was archived", async () => {
    const { athlete, mesoId, microId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.archive({ id: microId, version: 1 });
    // Allowed, because archived children are not checked: the block now starts on 16 March.
    await athlete.caller.goals.update({
      id: mesoId,
      version: 1,
      reason: "Started late",
      changes: { periodStart: WEEK_3 },
    });
    const before = await snapshotOf(handle.db, athlete.id);

    // Restoring would bring back a week (9–15 March) outside its block (16 March – 12 April),
    // which goals.create and goals.update both refuse.
    const refusal = await refusalOf(athlete.caller.goals.restore({ id: microId, version: 2 }));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["periodStart"]);
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });
});

describe("goals.reorder", () => {
  async function threeWeeks(caller: Caller) {
    const { mesoId } = await createChain(caller);
    const [a, b, c] = [
      (await caller.goals.get({ id: mesoId })).children[0]?.id ?? "",
      (await caller.goals.create(microInput(mesoId, WEEK_1, { title: "B" }))).id,
      (await caller.goals.create(microInput(mesoId, WEEK_3, { title: "C" }))).id,
    ];
    return { mesoId, a, b, c };
  }

  it("puts sibling goals in the given order", async () => {
    const athlete = await newPerson(handle.db);
    const { mesoId, a, b, c } = await threeWeeks(athlete.caller);
    const childrenOf = async () =>
      (await athlete.caller.goals.get({ id: mesoId })).children.map((g) => [g.id, g.position]);
    expect(await childrenOf()).toEqual([
      [a, 0],
      [b, 1],
      [c, 2],
    ]);

    expect(await athlete.caller.goals.reorder({ ids: [c, a, b] })).toEqual({ reordered: 3 });
    expect(await childrenOf()).toEqual([
      [c, 0],
      [a, 1],
      [b, 2],
    ]);

    // Top-level goals are siblings too.
    const m1 = (await athlete.caller.goals.tree({ year: YEAR })).roots[0]?.id ?? "";
    const m2 = (await athlete.caller.goals.create(macroInput({ title: "Second" }))).id;
    await athlete.caller.goals.reorder({ ids: [m2, m1] });
    const tree = await athlete.caller.goals.tree({ year: YEAR });
    expect(tree.roots.map((root) => root.id)).toEqual([m2, m1]);
  });

  it("is NOT_FOUND when one id is a stranger's, and moves nothing of either athlete", async () => {
    const owner = await newPerson(handle.db);
    const stranger = await newPerson(handle.db);
    const mine = await threeWeeks(owner.caller);
    const theirs = await threeWeeks(stranger.caller);
    const ownerBefore = await snapshotOf(handle.db, owner.id);
    const strangerBefore = await snapshotOf(handle.db, stranger.id);

    for (const ids of [
      [mine.c, mine.b, theirs.a],
      [theirs.c, mine.a],
      [randomUUID(), mine.b, mine.a],
    ]) {
      const refusal = await refusalOf(owner.caller.goals.reorder({ ids }));
      expect(refusal).toMatchObject({
        code: "NOT_FOUND",
        message: "One of those goals was not found.",
      });
    }
    expect(await snapshotOf(handle.db, owner.id)).toEqual(ownerBefore);
    expect(await snapshotOf(handle.db, stranger.id)).toEqual(strangerBefore);
  });

  it("refuses goals under different parents or of different levels, and moves nothing", async () => {
    const athlete = await newPerson(handle.db);
    const { mesoId, a, b } = await threeWeeks(athlete.caller);
    const otherMeso = await athlete.caller.goals.create(mesoInput(null, { title: "Other" }));
    const elsewhere = await athlete.caller.goals.create(microInput(otherMeso.id, WEEK_2));
    const loose = await athlete.caller.goals.create(microInput(null, WEEK_2));
    const macro = (await athlete.caller.goals.get({ id: mesoId })).parent?.id ?? "";
    const before = await snapshotOf(handle.db, athlete.id);

    for (const ids of [
      [b, a, elsewhere.id],
      [a, loose.id],
      // Both at the top, but a macro and a meso are not side by side.
      [macro, otherMeso.id],
    ]) {
      const refusal = await refusalOf(athlete.caller.goals.reorder({ ids }));
      expect(refusal).toMatchObject(
        fieldRefusal("ids", "Only goals side by side under the same parent can be reordered."),
      );
    }
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });

  it("refuses an empty list by field", async () => {
    const athlete = await newPerson(handle.db);
    const refusal = await refusalOf(athlete.caller.goals.reorder({ ids: [] }));
    expect(refusal).toMatchObject(fieldRefusal("ids", "Nothing to reorder"));
  });
});

describe("goals.copyPreviousWeek", () => {
  it("leaves a block's week alone when it already has its goal: no second goal beside it", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    const already = await athlete.caller.goals.create(
      microInput(mesoId, WEEK_3, { title: "Already planned" }),
    );
    expect(await athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })).toEqual({
      copied: 0,
      skipped: 1,
    });
    const meso = await athlete.caller.goals.get({ id: mesoId });
    expect(meso.children.filter((c) => c.periodStart === WEEK_3).map((c) => c.id)).toEqual([
      already.id,
    ]);
  });

  it("copies last week's micro goals a week later, plans and parent included", async () => {
    const { athlete, mesoId, microId } = await athleteWithChain(handle.db);
    const loose = await athlete.caller.goals.create(
      microInput(null, WEEK_2, {
        title: "Strength",
        category: "strength",
        target: strengthSessions(2),
        plan: [{ ...run("2026-03-13", null, "18:00"), activityType: "strength", note: "Gym" }],
      }),
    );
    await athlete.caller.goals.setStatus({
      id: microId,
      version: 1,
      status: "achieved",
      reason: null,
    });
    // A goal two weeks back is left alone.
    await athlete.caller.goals.create(microInput(mesoId, WEEK_1, { title: "Two weeks back" }));
    const sourcesBefore = (await snapshotOf(handle.db, athlete.id)).goals;

    expect(await athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })).toEqual({
      copied: 2,
      skipped: 0,
    });

    const meso = await athlete.caller.goals.get({ id: mesoId });
    const inWeek3 = meso.children.filter((child) => child.periodStart === WEEK_3);
    expect(inWeek3.map((child) => child.title)).toEqual([`Run the week of ${WEEK_2}`]);
    const [copy] = inWeek3;
    expect(copy).toMatchObject({
      id: expect.not.stringMatching(microId),
      parentId: mesoId,
      periodEnd: "2026-03-22",
      status: "active",
      version: 1,
      archived: false,
      copiedFromId: microId,
      targetText: "10 mi each week",
    });
    const copied = await athlete.caller.goals.get({ id: copy?.id ?? "" });
    expect(copied.plan.map(({ day, amount }) => ({ day, amount }))).toEqual([
      { day: "2026-03-16", amount: 4 },
      { day: "2026-03-18", amount: 6 },
    ]);
    expect(copied.history).toEqual([
      expect.objectContaining({ kind: "created", reason: "Copied from last week", changes: [] }),
    ]);

    const after = await snapshotOf(handle.db, athlete.id);
    const looseCopy = after.goals.find((g) => g.copiedFromId === loose.id);
    expect(looseCopy).toMatchObject({
      title: "Strength",
      category: "strength",
      parentId: null,
      periodStart: WEEK_3,
      periodEnd: "2026-03-22",
      targetKind: "sessions",
      targetValue: 2,
    });
    expect(after.sessions.filter((s) => s.goalId === looseCopy?.id)).toMatchObject([
      { day: "2026-03-20", time: "18:00", activityType: "strength", note: "Gym", amount: null },
    ]);
    // Stored in metres, exactly like the originals.
    const copyAmounts = after.sessions
      .filter((s) => s.goalId === copy?.id)
      .map((s) => s.amount ?? 0)
      .sort((x, y) => x - y);
    expect(copyAmounts).toEqual([
      expect.closeTo(toStored(4, "mi")),
      expect.closeTo(toStored(6, "mi")),
    ]);
    // The originals are untouched.
    for (const source of sourcesBefore) {
      expect(after.goals.find((g) => g.id === source.id)).toEqual(source);
    }
    expect(after.goals).toHaveLength(sourcesBefore.length + 2);
  });

  it("copies once when called twice", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.create(microInput(mesoId, WEEK_2, { title: "Second" }));

    expect(await athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })).toEqual({
      copied: 2,
      skipped: 0,
    });
    const before = await snapshotOf(handle.db, athlete.id);
    expect(await athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })).toEqual({
      copied: 0,
      skipped: 2,
    });
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
    expect(before.goals.filter((g) => g.periodStart === WEEK_3)).toHaveLength(2);
  });

  it("copies once when a double click sends two requests at the same time", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.create(microInput(mesoId, WEEK_2, { title: "Second" }));

    const results = await Promise.all([
      athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 }),
      athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 }),
    ]);
    expect(results.reduce((sum, r) => sum + r.copied, 0)).toBe(2);
    const week3 = (await snapshotOf(handle.db, athlete.id)).goals.filter(
      (g) => g.periodStart === WEEK_3,
    );
    expect(week3).toHaveLength(2);
  });

  it("leaves the copy without a parent when the meso goal does not cover the new week", async () => {
    const athlete = await newPerson(handle.db);
    const shortBlock = await athlete.caller.goals.create(
      mesoInput(null, { periodStart: WEEK_1, periodEnd: "2026-03-15" }),
    );
    const archivedBlock = await athlete.caller.goals.create(mesoInput(null, { title: "Archived" }));
    const inShort = await athlete.caller.goals.create(microInput(shortBlock.id, WEEK_2));
    const inArchived = await athlete.caller.goals.create(microInput(archivedBlock.id, WEEK_2));
    await athlete.caller.goals.archive({ id: archivedBlock.id, version: 1 });

    expect(await athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })).toMatchObject({
      copied: 2,
    });
    const copies = (await snapshotOf(handle.db, athlete.id)).goals.filter(
      (g) => g.periodStart === WEEK_3,
    );
    expect(copies.map((g) => [g.copiedFromId, g.parentId]).sort()).toEqual(
      [
        [inShort.id, null],
        [inArchived.id, null],
      ].sort(),
    );
  });

  it("does not copy archived goals, and reports an empty week as nothing to copy", async () => {
    const { athlete, microId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.archive({ id: microId, version: 1 });
    const before = await snapshotOf(handle.db, athlete.id);
    expect(await athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })).toEqual({
      copied: 0,
      skipped: 0,
    });
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });

  it("refuses a date that is not the athlete's week start, by field, saving nothing", async () => {
    const athlete = await newPerson(handle.db);
    await createChain(athlete.caller);
    const before = await snapshotOf(handle.db, athlete.id);
    for (const weekStart of ["2026-03-17", "2026-03-22"]) {
      const refusal = await refusalOf(athlete.caller.goals.copyPreviousWeek({ weekStart }));
      expect(refusal).toMatchObject({
        code: "BAD_REQUEST",
        message: "Pick a week starting on your week start day (monday).",
        fieldErrors: { weekStart: [expect.any(String)] },
      });
    }
    const malformed = await refusalOf(athlete.caller.goals.copyPreviousWeek({ weekStart: "soon" }));
    expect(malformed).toMatchObject(fieldRefusal("weekStart", expect.any(String)));
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
  });

  it("works in Sunday weeks for an athlete whose week starts on Sunday", async () => {
    const athlete = await newPerson(handle.db, { weekStart: "sunday" });
    const source = await athlete.caller.goals.create(
      microInput(null, "2026-03-08", { plan: [run("2026-03-14", 5)] }),
    );
    expect(
      await refusalOf(athlete.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })),
    ).toMatchObject({
      fieldErrors: { weekStart: [expect.any(String)] },
    });
    expect(await athlete.caller.goals.copyPreviousWeek({ weekStart: "2026-03-15" })).toEqual({
      copied: 1,
      skipped: 0,
    });
    const copy = (await snapshotOf(handle.db, athlete.id)).goals.find(
      (g) => g.copiedFromId === source.id,
    );
    expect(copy).toMatchObject({ periodStart: "2026-03-15", periodEnd: "2026-03-21" });
  });
});

describe("goals.tickChecklistItem", () => {
  it("ticks and unticks an item on my own goal, dated today where I am", async () => {
    const athlete = await newPerson(handle.db, { timeZone: "Pacific/Kiritimati" });
    const created = await athlete.caller.goals.create(
      macroInput({ checklist: ["Book the race", "Buy shoes"] }),
    );
    const first = await athlete.caller.goals.get({ id: created.id });
    const item = first.checklist[1];
    const ticked = await athlete.caller.goals.tickChecklistItem({
      itemId: item?.id ?? "",
      done: true,
    });
    const second = await athlete.caller.goals.get({ id: created.id });
    // "Today" in the athlete's zone, as the router itself reports it (read around the tick).
    expect([first.today, second.today]).toContain(ticked.doneOn);
    expect(ticked).toEqual({ id: item?.id, goalId: created.id, doneOn: ticked.doneOn });
    expect(second.checklist).toEqual([
      { id: first.checklist[0]?.id, label: "Book the race", doneOn: null },
      { id: item?.id, label: "Buy shoes", doneOn: ticked.doneOn },
    ]);
    const tree = await athlete.caller.goals.tree({ year: YEAR });
    expect(tree.roots[0]?.checklistDone).toBe(1);

    const unticked = await athlete.caller.goals.tickChecklistItem({
      itemId: item?.id ?? "",
      done: false,
    });
    expect(unticked.doneOn).toBeNull();
    expect((await athlete.caller.goals.get({ id: created.id })).checklist[1]?.doneOn).toBeNull();
  });

  it("is NOT_FOUND for a stranger, leaving the item unticked", async () => {
    const owner = await newPerson(handle.db);
    const stranger = await newPerson(handle.db);
    const created = await owner.caller.goals.create(macroInput({ checklist: ["Book the race"] }));
    const itemId = (await owner.caller.goals.get({ id: created.id })).checklist[0]?.id ?? "";
    const before = await snapshotOf(handle.db, owner.id);

    for (const done of [true, false]) {
      const refusal = await refusalOf(stranger.caller.goals.tickChecklistItem({ itemId, done }));
      expect(refusal).toMatchObject({
        code: "NOT_FOUND",
        message: "That checklist item was not found.",
      });
    }
    expect(await snapshotOf(handle.db, owner.id)).toEqual(before);
  });

  it("is NOT_FOUND for an item that does not exist", async () => {
    const athlete = await newPerson(handle.db);
    await expect(
      athlete.caller.goals.tickChecklistItem({ itemId: randomUUID(), done: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
