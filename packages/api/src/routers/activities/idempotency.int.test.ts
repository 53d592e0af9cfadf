import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { activityInput, activityRows, thisWeekOf } from "../../testing/activities";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

const athlete = () => newPerson(handle.db);

describe("activities.create with an idempotency key (an offline draft sent again)", () => {
  it("logs the run once when the same draft arrives twice, and returns the first", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const draft = { ...activityInput(today, { distance: 8 }), idempotencyKey: randomUUID() };
    const first = await me.caller.activities.create(draft);
    const again = await me.caller.activities.create({ ...draft, distance: 9 });
    expect(again.id).toBe(first.id);
    expect(again.distance).toBe(8);
    expect(await activityRows(handle.db, me.id)).toHaveLength(1);
  });

  it("makes one row when two submits with one key arrive at the same time", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const draft = { ...activityInput(today, { distance: 5 }), idempotencyKey: randomUUID() };
    const results = await Promise.all([
      me.caller.activities.create(draft),
      me.caller.activities.create(draft),
    ]);
    const rows = await activityRows(handle.db, me.id);
    expect(rows).toHaveLength(1);
    expect(results.map((r) => r.id)).toEqual([rows[0]?.id, rows[0]?.id]);
  });

  it("keeps keys per person: another athlete's run with the same key is their own", async () => {
    const [me, other] = await Promise.all([athlete(), athlete()]);
    const key = randomUUID();
    const mine = await me.caller.activities.create({
      ...activityInput(thisWeekOf(me).today),
      idempotencyKey: key,
    });
    const theirs = await other.caller.activities.create({
      ...activityInput(thisWeekOf(other).today),
      idempotencyKey: key,
    });
    expect(theirs.id).not.toBe(mine.id);
    expect(await activityRows(handle.db, other.id)).toHaveLength(1);
  });

  it("logs two runs made without keys (the key is optional)", async () => {
    const me = await athlete();
    const input = activityInput(thisWeekOf(me).today, { distance: 3 });
    await me.caller.activities.create(input);
    await me.caller.activities.create(input);
    expect(await activityRows(handle.db, me.id)).toHaveLength(2);
  });
});
