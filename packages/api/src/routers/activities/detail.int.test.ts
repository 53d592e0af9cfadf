import { useTestDatabase } from "@stride/db/testing";
import { parseActivityFile } from "@stride/domain/imports";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../../../domain/test/activity-fixtures";
import { activityInput, activityRows, listAll } from "../../testing/activities";
import { refusalOf } from "../../testing/caller";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

describe("activities.detail", () => {
  it("opens an imported Garmin TCX with its splits in the viewer's unit, profile and route; nobody else can", async () => {
    const me = await newPerson(handle.db, { timeZone: "UTC", distanceUnit: "mi" });
    const stranger = await newPerson(handle.db);
    const [parsed] = parseActivityFile(
      "tcx-Standard.tcx",
      readFixture("tcx-Standard.tcx"),
    ).activities;
    if (!parsed?.startedAt) throw new Error("The fixture has no activity");
    // An old recording (2011): its day in UTC.
    const date = parsed.startedAt.slice(0, 10);
    await me.caller.activities.import({
      activities: [
        {
          ...parsed,
          date,
          startTime: parsed.startedAt.slice(11, 16),
          name: null,
          notes: null,
          effort: null,
          stream: parsed.stream ?? null,
        },
      ],
    });
    const [logged] = await listAll(me.caller);
    if (!logged) throw new Error("Nothing imported");
    const detail = await me.caller.activities.detail({ id: logged.id });
    // 22.2 km is 13.8 mi: 13 whole miles and the rest.
    expect(detail.splits).toHaveLength(14);
    expect(detail.splits[0]?.metres).toBe(1609);
    expect(detail.route.length).toBeGreaterThan(400);
    expect(detail.series?.elevation?.some((v) => v !== null)).toBe(true);
    expect(detail.series?.heartRate?.some((v) => v !== null)).toBe(true);
    // Pace in seconds per mile: the run averaged 7:50 a mile; its middle pace is near that.
    const paces = (detail.series?.pace ?? []).filter((v) => v !== null) as number[];
    expect(paces.length).toBeGreaterThan(400);
    const middle = [...paces].sort((a, b) => a - b)[Math.floor(paces.length / 2)] ?? 0;
    expect(middle).toBeGreaterThan(420);
    expect(middle).toBeLessThan(540);

    const before = await activityRows(handle.db, me.id);
    expect(await refusalOf(stranger.caller.activities.detail({ id: logged.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await activityRows(handle.db, me.id)).toEqual(before);
  });

  it("shows a run logged by hand with its summary and no recording", async () => {
    const me = await newPerson(handle.db);
    const created = await me.caller.activities.create(
      activityInput("2026-11-02", {
        startTime: null,
        name: null,
        elevationGainMetres: null,
        effort: 4,
      }),
    );
    const detail = await me.caller.activities.detail({ id: created.id });
    expect(detail).toMatchObject({ splits: [], series: null, route: [] });
    expect(detail.activity.distance).toBe(5);
  });

  it("refuses a stream of more than 500 samples by field", async () => {
    const me = await newPerson(handle.db, { timeZone: "UTC" });
    const t = Array.from({ length: 501 }, (_, i) => i);
    const refusal = await refusalOf(
      me.caller.activities.import({
        activities: [
          {
            startedAt: "2026-11-02T06:00:00.000Z",
            date: "2026-11-02",
            startTime: "06:00",
            type: "run",
            name: null,
            distanceMetres: 5000,
            durationSeconds: 1800,
            elapsedSeconds: 1800,
            elevationGainMetres: null,
            effort: null,
            notes: null,
            source: "gpx",
            stream: { t, d: null, lat: null, lon: null, ele: null, hr: null },
          },
        ],
      }),
    );
    expect(refusal.fieldErrors?.["activities.0.stream.t"]).toEqual(["Keep streams compact"]);
    expect(await activityRows(handle.db, me.id)).toEqual([]);
  });
});
