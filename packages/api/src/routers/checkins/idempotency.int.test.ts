import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { fieldRefusal, refusalOf } from "../../testing/caller";
import {
  checkinGoalRows,
  checkinRows,
  goalsCopiedFrom,
  outcome,
  runnerWithLastWeekForm,
  type SubmitInput,
} from "../../testing/checkins";
import { snapshotOf } from "../../testing/goals";

const handle = useTestDatabase();

/** Last week: 4 mi run against "Run 5 mi" (partly), "Run 10 mi" and "Run 12 mi" (missed). */
// Carries two goals: each must be copied once, however often the form arrives.
function setUp() {
  return runnerWithLastWeekForm(
    handle.db,
    { five: 5, ten: 10, twelve: 12 },
    (goals) => [
      outcome(goals.five.id, "partial"),
      outcome(goals.ten.id, "missed", { decision: "carry" }),
      outcome(goals.twelve.id, "missed", { decision: "carry_smaller", smallerValue: 9 }),
    ],
    { ran: { day: 2, miles: 4 }, form: { mood: 3, wentWell: "Showed up" } },
  );
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

/** The form sent again with a fresh submission key (another press, not a retry), changed. */
const resend = (fx: Fixture, changes: Partial<SubmitInput>) =>
  fx.me.caller.checkins.submit({ ...fx.form, submissionKey: randomUUID(), ...changes });

async function copiesOf(fx: Fixture) {
  return {
    ten: await goalsCopiedFrom(handle.db, fx.me.id, fx.goals.ten.id),
    twelve: await goalsCopiedFrom(handle.db, fx.me.id, fx.goals.twelve.id),
  };
}

describe("checkins.submit sent more than once", () => {
  it("returns the same check-in when the same form is sent twice", async () => {
    const fx = await setUp();
    const first = await fx.me.caller.checkins.submit(fx.form);
    const again = await fx.me.caller.checkins.submit(fx.form);
    expect(again.id).toBe(first.id);
    expect(again.version).toBe(1);
    expect(await checkinRows(handle.db, fx.me.id)).toHaveLength(1);
    const copies = await copiesOf(fx);
    expect(copies.ten).toHaveLength(1);
    expect(copies.twelve).toHaveLength(1);
  });

  it("saves one check-in and carries each goal once when 20 copies arrive at once", async () => {
    const fx = await setUp();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => fx.me.caller.checkins.submit(fx.form)),
    );
    const rows = await checkinRows(handle.db, fx.me.id, fx.weeks.lastWeek);
    expect(rows).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([rows[0]?.id]));
    expect(results.every((r) => r.version === 1)).toBe(true);

    const copies = await copiesOf(fx);
    expect(copies.ten).toHaveLength(1);
    expect(copies.twelve).toHaveLength(1);
    const lines = await checkinGoalRows(handle.db, rows[0]?.id ?? "");
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.goalId === fx.goals.ten.id)?.carriedGoalId).toBe(copies.ten[0]?.id);
    // Next week holds the two copies and nothing else.
    const week = await fx.me.caller.week.get({ weekStart: fx.weeks.thisWeek });
    expect(week.goals.map((g) => g.id).sort()).toEqual(
      [copies.ten[0]?.id, copies.twelve[0]?.id].sort(),
    );
    // Every caller was told about the same lines.
    for (const result of results) {
      expect(result.goals.map((g) => g.carriedGoalId).sort()).toEqual(
        lines.map((l) => l.carriedGoalId).sort(),
      );
    }
  });

  it("refuses a different first-time form once a check-in exists, with the current one", async () => {
    const fx = await setUp();
    const first = await fx.me.caller.checkins.submit(fx.form);
    const before = await snapshotOf(handle.db, fx.me.id);
    const refusal = await refusalOf(resend(fx, { mood: 5 }));
    expect(refusal.code).toBe("CONFLICT");
    expect(refusal.details?.current).toMatchObject({ id: first.id, version: 1, mood: 3 });
    expect(await fx.me.caller.checkins.get({ weekStart: fx.weeks.lastWeek })).toMatchObject({
      checkin: first,
    });
    expect(await snapshotOf(handle.db, fx.me.id)).toEqual(before);
  });

  it("refuses an edit from a stale version and leaves the check-in as it was", async () => {
    const fx = await setUp();
    const first = await fx.me.caller.checkins.submit(fx.form);
    const second = await resend(fx, {
      version: 1,
      mood: 4,
    });
    expect(second.version).toBe(2);
    const before = await fx.me.caller.checkins.get({ weekStart: fx.weeks.lastWeek });
    const goalsBefore = await snapshotOf(handle.db, fx.me.id);

    // A second tab, still on version 1.
    const refusal = await refusalOf(
      resend(fx, {
        version: 1,
        mood: 1,
        wentWell: "Overwritten?",
        goals: fx.form.goals.map((g) => ({
          ...g,
          outcome: "excused",
          excuse: "life",
          decision: null,
        })),
      }),
    );
    expect(refusal.code).toBe("CONFLICT");
    expect(refusal.details?.current).toMatchObject({ id: first.id, version: 2, mood: 4 });
    expect(await fx.me.caller.checkins.get({ weekStart: fx.weeks.lastWeek })).toEqual(before);
    expect(await snapshotOf(handle.db, fx.me.id)).toEqual(goalsBefore);
  });

  it("refuses an edit from a version past any the server gives out, naming the field", async () => {
    const fx = await setUp();
    await fx.me.caller.checkins.submit(fx.form);
    const before = await fx.me.caller.checkins.get({ weekStart: fx.weeks.lastWeek });

    // One past the largest Postgres integer: compared in SQL, it was a server error (a fuzz find).
    const refusal = await refusalOf(resend(fx, { version: 2 ** 31, mood: 1 }));
    expect(refusal).toMatchObject(fieldRefusal("version", "That version is not valid"));
    expect(await fx.me.caller.checkins.get({ weekStart: fx.weeks.lastWeek })).toEqual(before);
  });

  it("saves an edit from the current version and records what changed", async () => {
    const fx = await setUp();
    const first = await fx.me.caller.checkins.submit(fx.form);
    const edited = await resend(fx, {
      version: first.version,
      mood: 4,
      goals: fx.form.goals.map((g) =>
        g.goalId === fx.goals.five.id ? outcome(g.goalId, "excused", { excuse: "travel" }) : g,
      ),
    });
    expect(edited).toMatchObject({ id: first.id, version: 2, mood: 4, wentWell: "Showed up" });
    expect(edited.goals.find((g) => g.goalId === fx.goals.five.id)).toMatchObject({
      outcome: "excused",
      excuse: "travel",
    });
    expect(await checkinRows(handle.db, fx.me.id)).toHaveLength(1);

    const result = await fx.me.caller.checkins.get({ weekStart: fx.weeks.lastWeek });
    expect(result.checkin).toEqual(edited);
    expect(result.history).toHaveLength(1);
    const changes = result.history[0]?.changes ?? {};
    expect(Object.keys(changes).sort()).toEqual(["mood", "outcomes"]);
    expect(changes.mood).toEqual({ from: 3, to: 4 });
    const outcomes = (change: unknown) =>
      Object.fromEntries(
        Object.entries(change as Record<string, { outcome: string }>).map(([id, g]) => [
          id,
          g.outcome,
        ]),
      );
    expect(outcomes((changes.outcomes as { from: unknown }).from)).toEqual({
      [fx.goals.five.id]: "partial",
      [fx.goals.ten.id]: "missed",
      [fx.goals.twelve.id]: "missed",
    });
    expect(outcomes((changes.outcomes as { to: unknown }).to)).toEqual({
      [fx.goals.five.id]: "excused",
      [fx.goals.ten.id]: "missed",
      [fx.goals.twelve.id]: "missed",
    });
    expect(result.history[0]?.actorName).toBe("Test Runner");
  });

  it("records a change of who may read a reflection in the history", async () => {
    const fx = await setUp();
    const first = await fx.me.caller.checkins.submit(fx.form);
    const edited = await resend(fx, {
      version: first.version,
      coachOnly: { wentWell: true, gotInTheWay: false, nextFocus: false },
    });
    expect(edited.coachOnly.wentWell).toBe(true);
    const { history } = await fx.me.caller.checkins.get({ weekStart: fx.weeks.lastWeek });
    expect(history).toHaveLength(1);
    expect(Object.keys(history[0]?.changes ?? {})).not.toEqual([]);
  });
});
