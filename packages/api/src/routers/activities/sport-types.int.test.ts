import { useTestDatabase } from "@stride/db/testing";
import { parseActivityFile } from "@stride/domain/imports";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput, thisWeekOf } from "../../testing/activities";
import { weeklyTotal } from "../../testing/goals";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

/**
 * Runkeeper's GPX of a bike ride: no `<type>`, the sport only in the track's name, 22 km in
 * 55 minutes (24 km/h), points every 10 s heading east along the equator.
 */
function runkeeperRide(day: string): Uint8Array {
  const start = Date.parse(`${day}T06:00:00Z`);
  const points = Array.from({ length: 331 }, (_, i) => {
    const lon = (i * 66.67) / 111_319.5; // 66.67 m every 10 s
    const time = new Date(start + i * 10_000).toISOString();
    return `<trkpt lat="0" lon="${lon.toFixed(7)}"><time>${time}</time></trkpt>`;
  });
  const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="Runkeeper - http://www.runkeeper.com" xmlns="http://www.topografix.com/GPX/1/1"><trk><name><![CDATA[Cycling 3/14/13 6:00 am]]></name><trkseg>${points.join("")}</trkseg></trk></gpx>`;
  return new TextEncoder().encode(gpx);
}

describe("rides are not runs", () => {
  it("imports a Runkeeper cycling GPX as a ride that adds nothing to running volume, the ramp check or a running goal", async () => {
    const me = await newPerson(handle.db, { distanceUnit: "mi" });
    const { start: thisWeek, today } = thisWeekOf(me);
    const lastWeek = addDaysTo(thisWeek, -7);
    // Last week: 10 mi of runs.
    for (const day of [1, 3]) {
      await me.caller.activities.create(
        activityInput(addDaysTo(lastWeek, day), { distance: 5, durationSeconds: 3000 }),
      );
    }
    const parsed = parseActivityFile("ride.gpx", runkeeperRide(addDaysTo(lastWeek, 5)));
    const [ride] = parsed.activities;
    expect(ride?.type).toBe("ride");
    expect(ride?.distanceMetres ?? 0).toBeGreaterThan(21_900);
    expect(ride?.durationSeconds).toBe(3300);
    const date = addDaysTo(lastWeek, 5);
    const imported = await me.caller.activities.import({
      activities: [
        {
          startedAt: ride?.startedAt ?? null,
          date,
          startTime: "06:00",
          type: "ride",
          name: ride?.name ?? null,
          distanceMetres: ride?.distanceMetres ?? null,
          durationSeconds: ride?.durationSeconds ?? null,
          elapsedSeconds: ride?.elapsedSeconds ?? null,
          elevationGainMetres: null,
          effort: null,
          notes: null,
          source: "gpx",
        },
      ],
    });
    expect(imported.imported).toBe(1);

    // The ramp check still reads last week as 10 mi of running, not 23.7 mi.
    const goal = await me.caller.goals.create({
      title: "Run 12 miles",
      why: "",
      strategy: "",
      category: "running",
      visibility: "private",
      level: "micro",
      parentId: null,
      periodStart: thisWeek,
      periodEnd: addDaysTo(thisWeek, 6),
      target: weeklyTotal(12),
      plan: [],
      checklist: [],
      weeks: [],
    });
    const detail = await me.caller.goals.get({ id: goal.id });
    expect(detail.warnings.find((w) => w.code === "not_realistic")?.message).toBe(
      "This week's planned 12 mi is 20% more than your last full week's 10 mi; the ramp limit is 10%.",
    );

    // A ride this week leaves the running goal where it was.
    const before = detail.progress;
    await me.caller.activities.create(
      activityInput(today, { type: "ride", distance: 20, durationSeconds: 3600 }),
    );
    expect((await me.caller.goals.get({ id: goal.id })).progress).toEqual(before);
    const log = await me.caller.activities.list({
      from: lastWeek,
      to: null,
      type: "ride",
      limit: 10,
    });
    expect(log.items.map((item) => item.type)).toEqual(["ride", "ride"]);
  });
});
