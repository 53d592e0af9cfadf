import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, postOverHttp, refusalOf } from "../../testing/caller";
import {
  createChain,
  macroInput,
  mesoInput,
  microInput,
  snapshotOf,
  WEEK_3,
  YEAR,
} from "../../testing/goals";
import { type Caller, newPerson } from "../../testing/people";

const handle = useTestDatabase();

/**
 * An owner with a full tree (macro → meso → micro in the week of 9 March), a second macro with
 * a checklist item, and an archived micro goal; and a stranger, signed in, with goals of their own.
 */
async function setUp() {
  const owner = await newPerson(handle.db);
  const stranger = await newPerson(handle.db);
  const chain = await createChain(owner.caller);
  const listed = await owner.caller.goals.create(
    macroInput({ title: "States", checklist: ["Ohio", "Utah"] }),
  );
  const itemId = (await owner.caller.goals.get({ id: listed.id })).checklist[0]?.id ?? "";
  const archived = await owner.caller.goals.create(microInput(chain.mesoId, WEEK_3));
  await owner.caller.goals.archive({ id: archived.id, version: 1 });
  const strangers = await createChain(stranger.caller);
  return {
    owner,
    stranger,
    ids: { ...chain, listedId: listed.id, itemId, archivedId: archived.id },
    strangers,
  };
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

const GOAL_NOT_FOUND = "That goal was not found.";

/** Every goals procedure aimed at the owner's goals, as whoever `caller` is. */
const attempts: [string, (caller: Caller, fx: Fixture) => Promise<unknown>, string][] = [
  ["get", (c, { ids }) => c.goals.get({ id: ids.microId }), GOAL_NOT_FOUND],
  [
    "update",
    (c, { ids }) =>
      c.goals.update({
        id: ids.mesoId,
        version: 1,
        reason: "Taking over",
        changes: { title: "Hijacked", target: null, periodEnd: "2026-03-15" },
      }),
    GOAL_NOT_FOUND,
  ],
  [
    "setStatus",
    (c, { ids }) =>
      c.goals.setStatus({ id: ids.mesoId, version: 1, status: "abandoned", reason: "Mine now" }),
    GOAL_NOT_FOUND,
  ],
  ["archive", (c, { ids }) => c.goals.archive({ id: ids.microId, version: 1 }), GOAL_NOT_FOUND],
  ["restore", (c, { ids }) => c.goals.restore({ id: ids.archivedId, version: 2 }), GOAL_NOT_FOUND],
  [
    "reorder",
    (c, { ids }) => c.goals.reorder({ ids: [ids.listedId, ids.macroId] }),
    "One of those goals was not found.",
  ],
  [
    "tickChecklistItem",
    (c, { ids }) => c.goals.tickChecklistItem({ itemId: ids.itemId, done: true }),
    "That checklist item was not found.",
  ],
  [
    "create under the owner's macro",
    (c, { ids }) => c.goals.create(mesoInput(ids.macroId)),
    "That parent goal was not found.",
  ],
  [
    "create under the owner's meso",
    (c, { ids }) => c.goals.create(microInput(ids.mesoId, WEEK_3)),
    "That parent goal was not found.",
  ],
  [
    "update of one's own goal to sit under the owner's meso",
    (c, { strangers, ids }) =>
      c.goals.update({
        id: strangers.microId,
        version: 1,
        reason: null,
        changes: { parentId: ids.mesoId },
      }),
    "That parent goal was not found.",
  ],
];

describe("a signed-in stranger", () => {
  it.each(attempts)(
    "gets NOT_FOUND from goals.%s and changes nothing",
    async (_, attempt, message) => {
      const fx = await setUp();
      const ownerBefore = await snapshotOf(handle.db, fx.owner.id);
      const strangerBefore = await snapshotOf(handle.db, fx.stranger.id);

      const refusal = await refusalOf(attempt(fx.stranger.caller, fx));
      expect(refusal).toMatchObject({ code: "NOT_FOUND", message });
      expect(refusal.details).toBeUndefined();

      expect(await snapshotOf(handle.db, fx.owner.id)).toEqual(ownerBefore);
      expect(await snapshotOf(handle.db, fx.stranger.id)).toEqual(strangerBefore);
    },
  );

  it("cannot tell the owner's goal from one that does not exist", async () => {
    const fx = await setUp();
    const missing = randomUUID();
    const theirs = await refusalOf(fx.stranger.caller.goals.get({ id: fx.ids.macroId }));
    const nobodys = await refusalOf(fx.stranger.caller.goals.get({ id: missing }));
    expect(theirs).toEqual(nobodys);
    const theirUpdate = await refusalOf(
      fx.stranger.caller.goals.update({
        id: fx.ids.macroId,
        version: 99,
        reason: null,
        changes: { title: "x" },
      }),
    );
    // Not CONFLICT with the owner's current goal in the details: the version check comes after.
    expect(theirUpdate).toMatchObject({ code: "NOT_FOUND", details: undefined });
  });

  it("sees only their own goals in goals.tree", async () => {
    const fx = await setUp();
    for (const includeArchived of [false, true]) {
      const tree = await fx.stranger.caller.goals.tree({ year: YEAR, includeArchived });
      expect(tree.roots.map((root) => root.id)).toEqual([fx.strangers.macroId]);
      const all = JSON.stringify(tree);
      for (const id of Object.values(fx.ids)) expect(all).not.toContain(id);
    }
  });

  it("copies only their own last week in goals.copyPreviousWeek", async () => {
    const fx = await setUp();
    const ownerBefore = await snapshotOf(handle.db, fx.owner.id);
    // Both athletes have a micro goal in the week of 9 March; the stranger copies only theirs.
    expect(await fx.stranger.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })).toEqual({
      copied: 1,
      skipped: 0,
    });
    const strangerAfter = await snapshotOf(handle.db, fx.stranger.id);
    expect(strangerAfter.goals.filter((g) => g.periodStart === WEEK_3)).toMatchObject([
      { copiedFromId: fx.strangers.microId, athleteId: fx.stranger.id },
    ]);
    expect(await snapshotOf(handle.db, fx.owner.id)).toEqual(ownerBefore);

    // A stranger with nothing last week copies nothing at all.
    const newcomer = await newPerson(handle.db);
    expect(await newcomer.caller.goals.copyPreviousWeek({ weekStart: WEEK_3 })).toEqual({
      copied: 0,
      skipped: 0,
    });
    expect(await snapshotOf(handle.db, newcomer.id)).toMatchObject({ goals: [] });
    expect(await snapshotOf(handle.db, fx.owner.id)).toEqual(ownerBefore);
  });

  it("gets 404 over HTTP with the sentence and no stack trace", async () => {
    const fx = await setUp();
    const ownerBefore = await snapshotOf(handle.db, fx.owner.id);
    const { status, body } = await postOverHttp(handle.db, fx.stranger.id, "goals.archive", {
      id: fx.ids.mesoId,
      version: 1,
    });
    expect(status).toBe(404);
    expect(body).toMatchObject({
      error: { json: { message: GOAL_NOT_FOUND, data: { code: "NOT_FOUND" } } },
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules|athlete_id|select /i);
    expect(await snapshotOf(handle.db, fx.owner.id)).toEqual(ownerBefore);
  });
});

describe("an anonymous caller", () => {
  const anonymousAttempts: [string, (caller: Caller, fx: Fixture) => Promise<unknown>][] = [
    ...attempts
      .filter(([name]) => !name.startsWith("update of one's own"))
      .map(([name, attempt]) => [name, attempt] as [string, typeof attempt]),
    ["tree", (c) => c.goals.tree({ year: YEAR })],
    ["copyPreviousWeek", (c) => c.goals.copyPreviousWeek({ weekStart: WEEK_3 })],
    ["create", (c) => c.goals.create(macroInput())],
  ];

  it.each(anonymousAttempts)(
    "gets UNAUTHORIZED from goals.%s and changes nothing",
    async (_, attempt) => {
      const fx = await setUp();
      const ownerBefore = await snapshotOf(handle.db, fx.owner.id);
      const refusal = await refusalOf(attempt(callerFor(handle.db, null), fx));
      expect(refusal).toMatchObject({ code: "UNAUTHORIZED", message: "Sign in to continue." });
      expect(await snapshotOf(handle.db, fx.owner.id)).toEqual(ownerBefore);
    },
  );

  it("gets 401 over HTTP", async () => {
    const fx = await setUp();
    const { status } = await postOverHttp(handle.db, null, "goals.setStatus", {
      id: fx.ids.mesoId,
      version: 1,
      status: "missed",
      reason: null,
    });
    expect(status).toBe(401);
  });
});

describe("a session whose account no longer exists", () => {
  it.each([
    ["tree", (c: Caller) => c.goals.tree({ year: YEAR })],
    ["create", (c: Caller) => c.goals.create(macroInput())],
    ["copyPreviousWeek", (c: Caller) => c.goals.copyPreviousWeek({ weekStart: WEEK_3 })],
  ])("gets NOT_FOUND from goals.%s", async (_, attempt) => {
    await expect(attempt(callerFor(handle.db, randomUUID()))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
