import { useTestDatabase } from "@stride/db/testing";
import { raceTime } from "@stride/domain/goals";
import { addDaysTo, todayIn } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput, activityRows } from "../../testing/activities";
import { refusalOf } from "../../testing/caller";
import { coachAndAthlete } from "../../testing/coaching";
import { macroInput } from "../../testing/goals";

const handle = useTestDatabase();

describe("training.prediction", () => {
  it("predicts a PR goal's time from the best recent effort, week by week, for its owner only", async () => {
    const { athlete, coach, stranger } = await coachAndAthlete(handle.db);
    const today = todayIn(athlete.timeZone);
    const goal = await athlete.caller.goals.create(
      macroInput({
        title: "Half marathon under 1:50",
        // Shown to the coach, so the triage reads it.
        visibility: "coach",
        periodStart: addDaysTo(today, -21),
        periodEnd: addDaysTo(today, 60),
        target: raceTime(6600, 21_097.5),
      }),
    );
    expect((await athlete.caller.training.prediction({ id: goal.id }))?.predicted).toBeNull();

    // 10 km in 52:00 two weeks ago, then 10 km in 50:00 (km athlete: distance in km).
    await athlete.caller.activities.create(
      activityInput(addDaysTo(today, -14), { distance: 10, durationSeconds: 3120 }),
    );
    await athlete.caller.activities.create(
      activityInput(addDaysTo(today, -2), { distance: 10, durationSeconds: 3000 }),
    );
    // A faster ride is no running effort.
    await athlete.caller.activities.create(
      activityInput(addDaysTo(today, -1), { type: "ride", distance: 30, durationSeconds: 3600 }),
    );
    const prediction = await athlete.caller.training.prediction({ id: goal.id });
    expect(prediction?.goalSeconds).toBe(6600);
    expect(prediction?.predicted).toMatchObject({
      seconds: 6619,
      from: { date: addDaysTo(today, -2), event: "10K", seconds: 3000 },
    });
    // It moved over the block: from the 52:00 effort to the 50:00 one.
    const known = (prediction?.weeks ?? []).flatMap((w) => (w.seconds === null ? [] : [w.seconds]));
    expect(known[0]).toBe(Math.round(3120 * 2.10975 ** 1.06));
    expect(known.at(-1)).toBe(6619);

    // 1:50:19 is within 3% of 1:50:00: no drift on the coach's triage yet.
    const rowOf = async () =>
      (await coach.caller.coach.triage({})).athletes.find((a) => a.athleteId === athlete.id);
    expect((await rowOf())?.reasons.map((r) => r.kind)).not.toContain("prediction_drift");
    // The athlete aims higher: the same prediction is now 5% slow.
    await athlete.caller.goals.update({
      id: goal.id,
      version: 1,
      reason: "Aiming higher",
      changes: {
        target: raceTime(6300, 21_097.5),
      },
    });
    // 1:45:00 is the goal now: 1:50:19 is 5% slow, and there was no prediction four weeks ago.
    expect((await rowOf())?.reasons.map((r) => r.reason)).toContain(
      "\u201cHalf marathon under 1:50\u201d drifting: predicted 1:50:19 for a goal of 1:45:00",
    );

    const before = await activityRows(handle.db, athlete.id);
    for (const other of [coach, stranger]) {
      expect(await refusalOf(other.caller.training.prediction({ id: goal.id }))).toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await activityRows(handle.db, athlete.id)).toEqual(before);
  });
});
