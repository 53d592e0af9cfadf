import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo, todayIn } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/caller";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

describe("training.zones and training.setZones", () => {
  it("keeps the race the zones come from, with its date, and gives Daniels' paces in the person's unit", async () => {
    const me = await newPerson(handle.db, { distanceUnit: "km" });
    const other = await newPerson(handle.db, { distanceUnit: "mi" });
    expect(await me.caller.training.zones()).toBeNull();
    const raceDate = addDaysTo(todayIn(me.timeZone), -10);
    // Daniels' table: a 19:57 5K is VDOT 50, whose threshold pace is 4:15 per km.
    await me.caller.training.setZones({
      source: { distanceMetres: 5000, seconds: 1197, raceDate },
    });
    const mine = await me.caller.training.zones();
    expect(mine?.source).toEqual({ distanceMetres: 5000, seconds: 1197, raceDate });
    expect(mine?.vdot).toBeCloseTo(50, 0);
    const threshold = mine?.zones.find((z) => z.zone === "threshold");
    expect(Math.abs((threshold?.fastest ?? 0) - 255)).toBeLessThanOrEqual(3);
    // Someone else's zones are their own: none.
    expect(await other.caller.training.zones()).toBeNull();

    await other.caller.training.setZones({
      source: { distanceMetres: 5000, seconds: 1197, raceDate },
    });
    const miles = await other.caller.training.zones();
    expect(miles?.unit).toBe("mi");
    expect(miles?.zones.find((z) => z.zone === "threshold")?.fastest).toBeCloseTo(
      (threshold?.fastest ?? 0) * 1.609344,
      -1,
    );
    // Mine did not change by theirs.
    expect(await me.caller.training.zones()).toEqual(mine);

    await me.caller.training.setZones({ source: null });
    expect(await me.caller.training.zones()).toBeNull();
    expect(await other.caller.training.zones()).toEqual(miles);
  });

  it("refuses a race in the future or an impossible time, by field, and keeps the zones", async () => {
    const me = await newPerson(handle.db);
    const today = todayIn(me.timeZone);
    await me.caller.training.setZones({
      source: { distanceMetres: 10_000, seconds: 2700, raceDate: today },
    });
    const before = await me.caller.training.zones();
    const future = await refusalOf(
      me.caller.training.setZones({
        source: { distanceMetres: 10_000, seconds: 2700, raceDate: addDaysTo(today, 3) },
      }),
    );
    expect(future.fieldErrors).toEqual({
      "source.raceDate": ["The race has to be one you have run"],
    });
    const tooFast = await refusalOf(
      me.caller.training.setZones({
        source: { distanceMetres: 10_000, seconds: 1200, raceDate: today },
      }),
    );
    expect(tooFast.fieldErrors?.["source.seconds"]).toEqual([
      "That is faster than the world record pace; check the distance and the time",
    ]);
    expect(await me.caller.training.zones()).toEqual(before);
  });
});
