import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import {
  activityCount,
  activityRows,
  type ImportItem,
  importItem,
  listAll,
  thisWeekOf,
} from "../../testing/activities";
import { refusalOf } from "../../testing/caller";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

// importItem resolves start instants in UTC, the zone newPerson gives unless told otherwise.
const athlete = () => newPerson(handle.db);

/** `count` runs on the days before today, one a day, like a watch's export. */
function batchBefore(today: string, count: number, source: ImportItem["source"] = "gpx") {
  return Array.from({ length: count }, (_, i) =>
    importItem(addDaysTo(today, -(i + 1)), { source, distanceMetres: 5000 + i * 100 }),
  );
}

describe("activities.previewImport", () => {
  it("sorts a file into new, already logged and refused, and writes nothing", async () => {
    const me = await athlete();
    const { today, end } = thisWeekOf(me);
    const batch = batchBefore(today, 5);
    await me.caller.activities.import({ activities: batch.slice(0, 2) });
    const before = await activityRows(handle.db, me.id);

    const future = importItem(addDaysTo(end, 1));
    const preview = await me.caller.activities.previewImport({ activities: [...batch, future] });
    expect(preview).toMatchObject({ new: 3, duplicates: 2, refused: 1 });
    expect(preview.verdicts.map((v) => v.status)).toEqual([
      "duplicate",
      "duplicate",
      "new",
      "new",
      "new",
      "refused",
    ]);
    expect(preview.verdicts[0]?.reason).toBe("Already in your log");
    expect(preview.verdicts[5]?.reason).toContain(`up to the end of this week (${end})`);
    expect(await activityRows(handle.db, me.id)).toEqual(before);
  });
});

describe("activities.import", () => {
  it("saves the new activities as they were recorded and reports how many", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const batch = batchBefore(today, 3, "fit");
    expect(await me.caller.activities.import({ activities: batch })).toEqual({
      imported: 3,
      skipped: 0,
      refused: 0,
    });
    const rows = await activityRows(handle.db, me.id);
    expect(rows).toHaveLength(3);
    const first = rows.find((row) => row.date === addDaysTo(today, -1));
    expect(first).toMatchObject({
      source: "fit",
      distanceMetres: 5000,
      durationSeconds: 2700,
      elapsedSeconds: 2800,
      startTime: "06:00",
      notes: "",
      deletedAt: null,
    });
    expect(first?.startedAt?.toISOString()).toBe(`${addDaysTo(today, -1)}T06:00:00.000Z`);
    // In the log, in the athlete's unit.
    expect((await listAll(me.caller)).map((a) => a.distance)).toEqual([5, 5.1, 5.2]);
  });

  it("imports nothing the second time and skips the whole batch", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const batch = batchBefore(today, 4);
    await me.caller.activities.import({ activities: batch });
    expect(await me.caller.activities.import({ activities: batch })).toEqual({
      imported: 0,
      skipped: batch.length,
      refused: 0,
    });
    expect(await activityCount(handle.db, me.id)).toBe(4);
  });

  it("treats the same instant written in another offset as the same recording", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const day = addDaysTo(today, -2);
    await me.caller.activities.import({ activities: [importItem(day)] });
    const sameInstant = importItem(day, { startedAt: `${day}T08:00:00+02:00`, source: "tcx" });
    expect(await me.caller.activities.import({ activities: [sameInstant] })).toMatchObject({
      imported: 0,
      skipped: 1,
    });
    // A different type at the same instant is a different activity.
    const walk = importItem(day, { type: "walk", distanceMetres: 2000 });
    expect(await me.caller.activities.import({ activities: [walk] })).toMatchObject({
      imported: 1,
    });
  });

  it("never duplicates when the same batch is imported twice at once", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const batch = batchBefore(today, 20);
    const [a, b] = await Promise.all([
      me.caller.activities.import({ activities: batch }),
      me.caller.activities.import({ activities: batch }),
    ]);
    expect((a?.imported ?? 0) + (b?.imported ?? 0)).toBe(20);
    expect((a?.skipped ?? 0) + (b?.skipped ?? 0)).toBe(20);
    expect(await activityCount(handle.db, me.id)).toBe(20);
  });

  it("keeps one of two items with the same start and type in one batch", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const day = addDaysTo(today, -1);
    const once = importItem(day, { name: "From the watch" });
    const twice = importItem(day, { name: "From Strava", source: "strava_csv" });
    const other = importItem(addDaysTo(today, -2));
    expect(await me.caller.activities.import({ activities: [once, twice, other] })).toEqual({
      imported: 2,
      skipped: 1,
      refused: 0,
    });
    const rows = await activityRows(handle.db, me.id);
    expect(rows.filter((row) => row.date === day).map((row) => row.name)).toEqual([
      "From the watch",
    ]);
  });

  it("refuses a future-dated item with a reason and saves the rest", async () => {
    const me = await athlete();
    const { today, end } = thisWeekOf(me);
    const batch = [...batchBefore(today, 2), importItem(addDaysTo(end, 3))];
    expect(await me.caller.activities.import({ activities: batch })).toEqual({
      imported: 2,
      skipped: 0,
      refused: 1,
    });
    const dates = (await activityRows(handle.db, me.id)).map((row) => row.date).sort();
    expect(dates).toEqual([addDaysTo(today, -2), addDaysTo(today, -1)]);
  });

  it("refuses an implausible recording (a 10-minute half marathon) and saves the rest", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const fast = importItem(addDaysTo(today, -3), { distanceMetres: 21_097, durationSeconds: 600 });
    const preview = await me.caller.activities.previewImport({
      activities: [fast, ...batchBefore(today, 1)],
    });
    expect(preview.verdicts[0]).toMatchObject({
      status: "refused",
      reason: expect.stringMatching(/faster than anyone/),
    });
    expect(
      await me.caller.activities.import({ activities: [fast, ...batchBefore(today, 1)] }),
    ).toMatchObject({ imported: 1, refused: 1 });
  });

  it("refuses more than 1,000 items by the schema, and saves nothing", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const batch = Array.from({ length: 1001 }, (_, i) =>
      importItem(today, {
        startedAt: new Date(
          Date.parse(`${addDaysTo(today, -30)}T00:00:00Z`) + i * 60_000,
        ).toISOString(),
      }),
    );
    for (const call of [me.caller.activities.import, me.caller.activities.previewImport]) {
      const refusal = await refusalOf(call({ activities: batch }));
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(refusal.fieldErrors?.activities?.[0]).toBe("Import at most 1000 activities at a time");
    }
    expect(await activityCount(handle.db, me.id)).toBe(0);
    // 1,000 is allowed.
    expect(
      (await me.caller.activities.previewImport({ activities: batch.slice(0, 1000) })).new,
    ).toBe(1000);
  });

  it("brings back a recording deleted from the log, and then refuses to restore the old copy", async () => {
    const me = await athlete();
    const { today } = thisWeekOf(me);
    const item = importItem(addDaysTo(today, -1));
    await me.caller.activities.import({ activities: [item] });
    const [original] = await listAll(me.caller);
    if (!original) throw new Error("Nothing was imported");
    await me.caller.activities.delete({ id: original.id });

    expect(await me.caller.activities.import({ activities: [item] })).toMatchObject({
      imported: 1,
    });
    const refusal = await refusalOf(me.caller.activities.restore({ id: original.id }));
    expect(refusal).toMatchObject({ code: "CONFLICT" });
    const live = await listAll(me.caller);
    expect(live).toHaveLength(1);
    expect(live[0]?.id).not.toBe(original.id);
  });
});
