import { describe, expect, it } from "vitest";
import { paceZones } from "./vdot";
import {
  countWorkoutSteps,
  type StepTarget,
  type Workout,
  type WorkoutSet,
  workoutSchema,
} from "./workout";
import { SIX_BY_800, singleStep, withWorkTarget } from "./workout-examples";
import { formatWorkout } from "./workout-format";

const intervals = SIX_BY_800;
const reps = SIX_BY_800.sets[0] as WorkoutSet;

function problems(input: unknown) {
  const result = workoutSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("workoutSchema", () => {
  it("takes warm-up, repeats of work and recovery, cool-down", () => {
    expect(workoutSchema.parse(intervals)).toEqual(intervals);
    expect(countWorkoutSteps(intervals)).toBe(14);
  });

  it("names an inverted pace range by its field", () => {
    const inverted = withWorkTarget(intervals, { kind: "pace", fastest: 255, slowest: 245 });
    expect(problems(inverted)).toEqual({
      "sets.0.work.target.slowest": "The pace range is inverted: put the faster pace first",
    });
  });

  it("names a pace out of range by its field", () => {
    const outOfRange = withWorkTarget(intervals, { kind: "pace", fastest: 60, slowest: 2000 });
    expect(problems(outOfRange)).toEqual({
      "sets.0.work.target.fastest": "Use a pace of 2:00/km or slower",
      "sets.0.work.target.slowest": "Use a pace of 15:00/km or faster",
    });
  });

  it("refuses a workout of 500 steps, saying the cap", () => {
    const set = { ...reps, count: 50 };
    const huge = { ...intervals, warmup: null, cooldown: null, sets: Array(5).fill(set) };
    expect(countWorkoutSteps(huge)).toBe(500);
    expect(problems(huge)).toEqual({
      sets: "A workout holds at most 50 steps with its repeats counted; this one has 500",
    });
    expect(problems({ ...huge, sets: Array(500).fill(intervals.sets[0]) })).toMatchObject({
      sets: "A workout holds at most 20 sets",
    });
  });

  it("refuses an effort outside 1–10 and a heart-rate zone outside 1–5", () => {
    const target = (t: StepTarget) => withWorkTarget(intervals, t);
    expect(problems(target({ kind: "effort", effort: 11 }))).toEqual({
      "sets.0.work.target.effort": "Use an effort from 1 to 10",
    });
    expect(problems(target({ kind: "effort", effort: 0 }))).toEqual({
      "sets.0.work.target.effort": "Use an effort from 1 to 10",
    });
    expect(problems(target({ kind: "heartRateZone", zone: 6 }))).toEqual({
      "sets.0.work.target.zone": "Pick a heart-rate zone from 1 to 5",
    });
  });

  it("refuses a step of no length", () => {
    const warmup = { length: "time", value: 5, target: { kind: "open" } };
    expect(problems({ ...intervals, warmup })).toEqual({
      "warmup.value": "A step lasts 10 seconds to 6 hours",
    });
  });
});

describe("formatWorkout", () => {
  it("writes intervals in km", () => {
    expect(formatWorkout(intervals, { distanceUnit: "km", zones: null })).toBe(
      "Warm-up 15 min easy · 6 × (800 m @ 4:05–4:15/km, 2 min jog) · Cool-down 10 min easy",
    );
  });

  it("writes paces per mile and long steps in miles for a mile runner", () => {
    const tempo = singleStep({
      length: "distance",
      value: 8046.72,
      target: { kind: "pace", fastest: 300, slowest: 300 },
    });
    expect(formatWorkout(tempo, { distanceUnit: "mi", zones: null })).toBe("5 mi @ 8:03/mi");
    expect(formatWorkout(intervals, { distanceUnit: "mi", zones: null })).toContain(
      "6 × (800 m @ 6:34–6:50/mi, 2 min jog)",
    );
  });

  it("resolves a zone by name against the athlete's zones", () => {
    const atZone: Workout = {
      ...intervals,
      sets: [
        {
          count: 5,
          work: { length: "time", value: 180, target: { kind: "paceZone", zone: "interval" } },
          recovery: { length: "time", value: 120, target: { kind: "heartRateZone", zone: 1 } },
        },
        {
          count: 1,
          work: { length: "time", value: 300, target: { kind: "effort", effort: 4 } },
          recovery: null,
        },
      ],
    };
    const zones = paceZones(50);
    const text = formatWorkout(atZone, { distanceUnit: "km", zones });
    expect(text).toMatch(
      /^Warm-up 15 min easy · 5 × \(3 min @ interval 3:5\d–4:0\d\/km, 2 min in HR zone 1\) · 5 min at effort 4\/10 · Cool-down 10 min easy$/,
    );
    expect(formatWorkout(atZone, { distanceUnit: "km", zones: null })).toContain(
      "3 min @ interval pace",
    );
  });
});
