import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import {
  type ActivityInput,
  activityCount,
  activityInput,
  activityRows,
  listAll,
  thisWeekOf,
} from "../../testing/activities";
import { refusalOf } from "../../testing/caller";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

const kmAthlete = () => newPerson(handle.db);
const miAthlete = () =>
  newPerson(handle.db, { weekStart: "sunday", timeZone: "America/Chicago", distanceUnit: "mi" });

describe("activities.create and update", () => {
  it("stores a kilometre athlete's distance in metres and shows it back in km", async () => {
    const athlete = await kmAthlete();
    const { today } = thisWeekOf(athlete);
    const created = await athlete.caller.activities.create(
      activityInput(today, { distance: 10.5, durationSeconds: 3300, name: "  Tempo  " }),
    );
    expect(created).toMatchObject({
      date: today,
      type: "run",
      name: "Tempo",
      distance: 10.5,
      distanceUnit: "km",
      durationSeconds: 3300,
      source: "manual",
      plannedSessionId: null,
      deleted: false,
    });
    const [row] = await activityRows(handle.db, athlete.id);
    expect(row).toMatchObject({ id: created.id, athleteId: athlete.id, distanceMetres: 10_500 });
  });

  it("stores a mile athlete's distance in metres and shows it back in miles", async () => {
    const athlete = await miAthlete();
    const { today } = thisWeekOf(athlete);
    const created = await athlete.caller.activities.create(
      activityInput(today, { distance: 3.1, durationSeconds: 1500 }),
    );
    expect(created).toMatchObject({ distance: 3.1, distanceUnit: "mi" });
    const [row] = await activityRows(handle.db, athlete.id);
    expect(row?.distanceMetres).toBeCloseTo(3.1 * 1609.344, 6);

    const updated = await athlete.caller.activities.update({
      ...activityInput(today, { distance: 6.2, durationSeconds: 3000, effort: 8 }),
      id: created.id,
    });
    expect(updated).toMatchObject({ id: created.id, distance: 6.2, effort: 8, distanceUnit: "mi" });
    const [after] = await activityRows(handle.db, athlete.id);
    expect(after?.distanceMetres).toBeCloseTo(6.2 * 1609.344, 6);
    expect(await listAll(athlete.caller)).toMatchObject([{ id: created.id, distance: 6.2 }]);
  });

  it("keeps an activity without a distance as no distance, not zero", async () => {
    const athlete = await kmAthlete();
    const { today } = thisWeekOf(athlete);
    const created = await athlete.caller.activities.create(
      activityInput(today, { type: "strength", distance: null, durationSeconds: 2400 }),
    );
    expect(created).toMatchObject({ type: "strength", distance: null });
    expect((await activityRows(handle.db, athlete.id))[0]?.distanceMetres).toBeNull();
  });
});

describe("activities.create refuses bad input, naming the field, and saves nothing", () => {
  const cases: [string, (today: string, weekEnd: string) => ActivityInput, string][] = [
    ["a negative distance", (today) => activityInput(today, { distance: -1 }), "distance"],
    [
      "a 3-minute marathon",
      (today) => activityInput(today, { distance: 42.195, durationSeconds: 180 }),
      "durationSeconds",
    ],
    ["a day after this week", (_, weekEnd) => activityInput(addDaysTo(weekEnd, 1)), "date"],
    ["effort 11", (today) => activityInput(today, { effort: 11 }), "effort"],
    [
      "notes of 2,001 characters",
      (today) => activityInput(today, { notes: "a".repeat(2001) }),
      "notes",
    ],
    ["a date that is not a date", () => activityInput("2026-02-30"), "date"],
  ];

  it.each(cases)("%s", async (_, build, field) => {
    const athlete = await kmAthlete();
    const { today, end } = thisWeekOf(athlete);
    const refusal = await refusalOf(athlete.caller.activities.create(build(today, end)));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual([field]);
    expect(await activityCount(handle.db, athlete.id)).toBe(0);
  });

  it("says how fast the fastest possible marathon is", async () => {
    const athlete = await kmAthlete();
    const { today } = thisWeekOf(athlete);
    const refusal = await refusalOf(
      athlete.caller.activities.create(
        activityInput(today, { distance: 42.195, durationSeconds: 180 }),
      ),
    );
    expect(refusal.fieldErrors?.durationSeconds?.[0]).toMatch(/3:00 for that distance is faster/);
  });

  it("accepts the last day of this week but not the day after", async () => {
    // A Sunday-week athlete in Chicago: "this week" is theirs, not the server's.
    const athlete = await miAthlete();
    const { end } = thisWeekOf(athlete);
    await athlete.caller.activities.create(activityInput(end));
    const refusal = await refusalOf(
      athlete.caller.activities.create(activityInput(addDaysTo(end, 1))),
    );
    expect(refusal.fieldErrors?.date?.[0]).toContain(`(${end})`);
    expect((await listAll(athlete.caller)).map((a) => a.date)).toEqual([end]);
  });

  it("refuses an update to a 3-minute marathon and leaves the activity as it was", async () => {
    const athlete = await kmAthlete();
    const { today } = thisWeekOf(athlete);
    const created = await athlete.caller.activities.create(activityInput(today));
    const before = await activityRows(handle.db, athlete.id);
    const refusal = await refusalOf(
      athlete.caller.activities.update({
        ...activityInput(today, { distance: 42.195, durationSeconds: 180 }),
        id: created.id,
      }),
    );
    expect(refusal).toMatchObject({ code: "BAD_REQUEST" });
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["durationSeconds"]);
    expect(await activityRows(handle.db, athlete.id)).toEqual(before);
  });
});

describe("activities.list", () => {
  it("pages newest first through 30 activities, 10 at a time, without gaps or repeats", async () => {
    const athlete = await kmAthlete();
    const { today } = thisWeekOf(athlete);
    // Three activities a day over ten days, so pages split inside a day and the id breaks ties.
    const created: { id: string; date: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const date = addDaysTo(today, -Math.floor(i / 3));
      const activity = await athlete.caller.activities.create(
        activityInput(date, { startTime: `0${i % 3}:00`, distance: 1 + (i % 5) }),
      );
      created.push({ id: activity.id, date });
    }
    const expected = [...created]
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
      .map((a) => a.id);

    const seen: string[] = [];
    let cursor: { date: string; id: string } | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof athlete.caller.activities.list>> =
        await athlete.caller.activities.list({
          from: null,
          to: null,
          type: null,
          cursor,
          limit: 10,
        });
      expect(page.items).toHaveLength(10);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);

    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(30);
  });

  it("filters by type and by date range, inclusive at both ends", async () => {
    const athlete = await kmAthlete();
    const { today } = thisWeekOf(athlete);
    const day = (offset: number) => addDaysTo(today, -offset);
    const runs = [];
    for (const offset of [0, 2, 4, 6]) {
      runs.push(await athlete.caller.activities.create(activityInput(day(offset))));
    }
    const walk = await athlete.caller.activities.create(
      activityInput(day(2), { type: "walk", distance: 3, durationSeconds: 2400 }),
    );

    const walks = await listAll(athlete.caller, { type: "walk" });
    expect(walks.map((a) => a.id)).toEqual([walk.id]);

    const middle = await listAll(athlete.caller, { from: day(4), to: day(2) });
    expect(middle.map((a) => a.date).sort()).toEqual([day(4), day(2), day(2)].sort());
    expect(middle.map((a) => a.id)).toContain(walk.id);

    const runsInRange = await listAll(athlete.caller, { from: day(4), to: day(0), type: "run" });
    expect(runsInRange.map((a) => a.id)).toEqual([runs[0]?.id, runs[1]?.id, runs[2]?.id]);

    expect(await listAll(athlete.caller, { from: addDaysTo(today, 1) })).toEqual([]);
    expect(await listAll(athlete.caller, { to: day(7) })).toEqual([]);
  });
});

describe("activities.delete and restore", () => {
  it("hides a deleted activity from the list and brings it back on restore", async () => {
    const athlete = await kmAthlete();
    const { today } = thisWeekOf(athlete);
    const kept = await athlete.caller.activities.create(activityInput(today));
    const removed = await athlete.caller.activities.create(activityInput(addDaysTo(today, -1)));

    expect(await athlete.caller.activities.delete({ id: removed.id })).toEqual({ id: removed.id });
    expect((await listAll(athlete.caller)).map((a) => a.id)).toEqual([kept.id]);
    // The row stays for undo, marked deleted.
    const rows = await activityRows(handle.db, athlete.id);
    expect(rows.find((row) => row.id === removed.id)?.deletedAt).toBeInstanceOf(Date);

    // Deleting twice is harmless; a deleted activity cannot be edited.
    await athlete.caller.activities.delete({ id: removed.id });
    expect(
      await refusalOf(
        athlete.caller.activities.update({ ...activityInput(today), id: removed.id }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });

    const restored = await athlete.caller.activities.restore({ id: removed.id });
    expect(restored).toMatchObject({ id: removed.id, deleted: false, distance: 5 });
    expect((await listAll(athlete.caller)).map((a) => a.id)).toEqual([kept.id, removed.id]);
    // Restoring what is not deleted changes nothing.
    expect(await athlete.caller.activities.restore({ id: kept.id })).toMatchObject({
      id: kept.id,
      deleted: false,
    });
  });
});
