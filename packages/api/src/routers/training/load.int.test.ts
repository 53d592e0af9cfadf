import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo, todayIn } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput, activityRows, importItem } from "../../testing/activities";
import { refusalOf } from "../../testing/caller";
import { coachAndAthlete } from "../../testing/coaching";
import type { Person } from "../../testing/people";

const handle = useTestDatabase();

/** 40 minutes a day at `effort` for the days `from`..`to` before today (0 is today). */
async function logDays(person: Person, from: number, to: number, effort: number) {
  const today = todayIn(person.timeZone);
  for (let back = from; back >= to; back--) {
    await person.caller.activities.create(
      activityInput(addDaysTo(today, -back), { durationSeconds: 2400, effort, distance: 7 }),
    );
  }
}

describe("training.load and the load spike on the triage", () => {
  it("shows steady training as 1.0, and a doubled week as a load spike for the coach", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    // Three weeks of 40 minutes at effort 4 a day (160 AU), then a week at effort 8 (320 AU).
    await logDays(athlete, 27, 7, 4);
    const steady = await athlete.caller.training.load({ days: 28 });
    expect(steady.series).toHaveLength(28);
    expect(steady.series.find((d) => d.date === addDaysTo(steady.today, -7))).toMatchObject({
      load: 160,
    });
    expect(
      (await coach.caller.coach.triage({})).athletes[0]?.reasons.map((r) => r.kind),
    ).not.toContain("load_spike");

    await logDays(athlete, 6, 0, 8);
    const spiked = await athlete.caller.training.load({ days: 28 });
    // Acute 320; chronic (21 × 160 + 7 × 320) / 28 = 200; 320 / 200 = 1.6.
    expect(spiked.latest).toMatchObject({ load: 320, acute: 320, chronic: 200, ratio: 1.6 });
    const row = (await coach.caller.coach.triage({})).athletes.find(
      (a) => a.athleteId === athlete.id,
    );
    expect(row?.reasons.map((r) => r.reason)).toContain(
      "Load spike: acute:chronic 1.6 (limit 1.5)",
    );

    // The coach's own limit decides.
    await coach.caller.coach.setThresholds({
      ...(await coach.caller.coach.thresholds()),
      loadRatioLimit: 1.7,
    });
    const relaxed = (await coach.caller.coach.triage({})).athletes.find(
      (a) => a.athleteId === athlete.id,
    );
    expect(relaxed?.reasons.map((r) => r.kind)).not.toContain("load_spike");
  });

  it("estimates the effort of an unrated import and counts it as estimated", async () => {
    const { athlete } = await coachAndAthlete(handle.db);
    const today = todayIn(athlete.timeZone);
    // 8 km in 45:00 (5:37 per km): effort 5, 225 AU.
    await athlete.caller.activities.import({ activities: [importItem(today)] });
    const load = await athlete.caller.training.load({ days: 7 });
    expect(load.latest?.load).toBe(225);
    expect(load.estimated).toBe(1);
  });

  it("shows each person only their own load, and refuses bad input by field", async () => {
    const { athlete, stranger } = await coachAndAthlete(handle.db);
    await logDays(athlete, 2, 0, 5);
    const before = await activityRows(handle.db, athlete.id);
    const theirs = await stranger.caller.training.load({ days: 7 });
    expect(theirs.series.every((day) => day.load === 0)).toBe(true);
    expect(await activityRows(handle.db, athlete.id)).toEqual(before);

    const tooMany = await refusalOf(athlete.caller.training.load({ days: 500 }));
    expect(tooMany).toMatchObject({ code: "BAD_REQUEST" });
    expect(tooMany.fieldErrors?.days).toEqual(["Show at most 120 days"]);
    const effort = await refusalOf(
      athlete.caller.activities.create(activityInput(todayIn(athlete.timeZone), { effort: 11 })),
    );
    expect(effort.fieldErrors?.effort).toEqual(["Effort is 1 to 10"]);
  });
});
