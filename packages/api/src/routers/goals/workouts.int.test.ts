import { Decoder, Stream } from "@garmin/fitsdk";
import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { SIX_BY_800, singleStep, withWorkTarget } from "@stride/domain/training";
import { describe, expect, it } from "vitest";
import { renderWeek } from "../../calendar/feeds";
import { activityInput } from "../../testing/activities";
import { refusalOf } from "../../testing/caller";
import { coachAndAthlete } from "../../testing/coaching";
import { createChain, microInput, run, snapshotOf, WEEK_2 } from "../../testing/goals";
import { newPerson } from "../../testing/people";
import { renderWorkoutFit } from "../../workouts/fit-file";

const handle = useTestDatabase();

// 6 × 800 m at the athlete's interval zone rather than at a given pace.
const intervals = withWorkTarget(SIX_BY_800, { kind: "paceZone", zone: "interval" });

const withWorkout = (day: string, workout: unknown) =>
  ({ ...run(day, 8), note: "Track", workout }) as ReturnType<typeof run>;

describe("structured workouts in a plan", () => {
  it("keeps a session's steps and shows them, zones resolved, on the week, the goal and the calendar", async () => {
    const me = await newPerson(handle.db, { distanceUnit: "km" });
    // A 19:57 5K: VDOT 50, interval pace about 3:55–4:03/km.
    await me.caller.training.setZones({
      source: { distanceMetres: 5000, seconds: 1197, raceDate: "2026-01-10" },
    });
    const { mesoId } = await createChain(me.caller);
    const micro = await me.caller.goals.create(
      microInput(mesoId, "2026-03-16", { plan: [withWorkout("2026-03-17", intervals)] }),
    );
    const goal = await me.caller.goals.get({ id: micro.id });
    expect(goal.plan[0]?.workout).toEqual(intervals);
    expect(goal.plan[0]?.workoutText).toMatch(
      /^Warm-up 15 min easy · 6 × \(800 m @ interval 3:5\d–4:0\d\/km, 2 min jog\) · Cool-down 10 min easy$/,
    );
    const week = await me.caller.week.get({ weekStart: "2026-03-16" });
    const session = week.goals.find((g) => g.id === micro.id)?.plan[0];
    expect(session?.workoutText).toBe(goal.plan[0]?.workoutText);
    // A session without steps has none.
    const plain = (await me.caller.week.get({ weekStart: WEEK_2 })).goals[0]?.plan[0];
    expect(plain).toMatchObject({ workout: null, workoutText: null });

    const ics = await renderWeek(handle.db, me.id, "2026-03-16");
    expect(ics?.replace(/\r\n /g, "")).toContain(
      "Workout: Warm-up 15 min easy · 6 × (800 m @ interval",
    );

    // Editing something else keeps the steps; copying the week carries them.
    await me.caller.goals.update({
      id: micro.id,
      version: goal.goal.version,
      reason: null,
      changes: { strategy: "Stay relaxed" },
    });
    expect((await me.caller.goals.get({ id: micro.id })).plan[0]?.workout).toEqual(intervals);
  });

  it("refuses a bad workout with a message by field, and saves nothing", async () => {
    const me = await newPerson(handle.db);
    const { mesoId } = await createChain(me.caller);
    const before = await snapshotOf(handle.db, me.id);
    const attempt = (workout: unknown) =>
      refusalOf(
        me.caller.goals.create(
          microInput(mesoId, "2026-03-16", { plan: [withWorkout("2026-03-17", workout)] }),
        ),
      );
    const inverted = await attempt(
      withWorkTarget(intervals, { kind: "pace", fastest: 260, slowest: 240 }),
    );
    expect(inverted.fieldErrors).toEqual({
      "plan.0.workout.sets.0.work.target.slowest": [
        "The pace range is inverted: put the faster pace first",
      ],
    });
    const outOfRange = await attempt(
      withWorkTarget(intervals, { kind: "pace", fastest: 30, slowest: 240 }),
    );
    expect(outOfRange.fieldErrors).toEqual({
      "plan.0.workout.sets.0.work.target.fastest": ["Use a pace of 2:00/km or slower"],
    });
    const huge = await attempt({
      ...intervals,
      sets: Array(5).fill({ ...intervals.sets[0], count: 50 }),
    });
    expect(huge.fieldErrors).toEqual({
      "plan.0.workout.sets": [
        "A workout holds at most 50 steps with its repeats counted; this one has 502",
      ],
    });
    const effort = await attempt(withWorkTarget(intervals, { kind: "effort", effort: 11 }));
    expect(effort.fieldErrors).toEqual({
      "plan.0.workout.sets.0.work.target.effort": ["Use an effort from 1 to 10"],
    });
    expect(await snapshotOf(handle.db, me.id)).toEqual(before);
  });

  it("downloads as a FIT workout for its owner only", async () => {
    const me = await newPerson(handle.db, { distanceUnit: "km" });
    const stranger = await newPerson(handle.db);
    const { mesoId } = await createChain(me.caller);
    const micro = await me.caller.goals.create(
      microInput(mesoId, "2026-03-16", {
        plan: [withWorkout("2026-03-17", intervals), run("2026-03-19", 5)],
      }),
    );
    const [withSteps, without] = (await me.caller.goals.get({ id: micro.id })).plan;
    const file = await renderWorkoutFit(handle.db, me.id, withSteps?.id ?? "");
    expect(file?.filename).toBe("stride-2026-03-17-track.fit");
    const decoded = new Decoder(Stream.fromByteArray(file?.bytes ?? new Uint8Array())).read();
    expect(decoded.errors).toEqual([]);
    expect(decoded.messages.workoutMesgs?.[0]).toMatchObject({
      wktName: "Track",
      numValidSteps: 5,
    });
    // No zones set: the interval steps are open, still 6 of them.
    expect(decoded.messages.workoutStepMesgs?.[3]).toMatchObject({
      durationType: "repeatUntilStepsCmplt",
      repeatSteps: 6,
    });
    expect(await renderWorkoutFit(handle.db, stranger.id, withSteps?.id ?? "")).toBeNull();
    expect(await renderWorkoutFit(handle.db, me.id, without?.id ?? "")).toBeNull();
  });

  it("shows this week's workouts on the coach's athlete page, in the coach's unit, private goals left out", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const profile = await athlete.caller.profile.get();
    const thisWeek = weekStartOf(todayIn(profile.timeZone), profile.weekStart);
    const tempo = singleStep({
      length: "time",
      value: 1200,
      target: { kind: "pace", fastest: 300, slowest: 310 },
    });
    await athlete.caller.goals.create({
      ...microInput(null, thisWeek, { plan: [withWorkout(addDaysTo(thisWeek, 1), tempo)] }),
      visibility: "coach",
    });
    await athlete.caller.goals.create({
      ...microInput(null, thisWeek, { plan: [withWorkout(addDaysTo(thisWeek, 2), intervals)] }),
      title: "Secret",
      visibility: "private",
    });
    await athlete.caller.training.setZones({
      source: { distanceMetres: 5000, seconds: 1197, raceDate: "2026-01-10" },
    });
    await athlete.caller.activities.create(
      activityInput(addDaysTo(todayIn(profile.timeZone), -1), { effort: 6, durationSeconds: 3000 }),
    );
    const seen = await coach.caller.coach.athlete({ athleteId: athlete.id });
    // Load and zones on the coach's page: 50 minutes at effort 6 yesterday.
    // 300 a day over 7 and over 28 days, to a tenth.
    expect(seen.training.load).toMatchObject({ acute: 42.9, chronic: 10.7 });
    expect(seen.training.zones?.vdot).toBeCloseTo(50, 0);
    const unit = (await coach.caller.profile.get()).distanceUnit;
    expect(seen.plan.map((s) => s.workoutText)).toEqual([
      unit === "mi" ? "20 min @ 8:03–8:19/mi" : "20 min @ 5:00–5:10/km",
    ]);
  });
});
