import type { StepTarget, Workout, WorkoutStep } from "./workout";

/**
 * Workouts as a coach writes them, shared by the demo world and the tests so each is spelled
 * once: "Warm-up 15 min easy · 6 × (800 m @ 4:05–4:15/km, 2 min jog) · Cool-down 10 min easy".
 */
export const SIX_BY_800: Workout = {
  warmup: { length: "time", value: 900, target: { kind: "open" } },
  sets: [
    {
      count: 6,
      work: {
        length: "distance",
        value: 800,
        target: { kind: "pace", fastest: 245, slowest: 255 },
      },
      recovery: { length: "time", value: 120, target: { kind: "open" } },
    },
  ],
  cooldown: { length: "time", value: 600, target: { kind: "open" } },
};

/** Threshold repeats at the athlete's own threshold zone, recovering at an easy effort. */
export const THRESHOLD_REPEATS: Workout = {
  warmup: { length: "time", value: 600, target: { kind: "open" } },
  sets: [
    {
      count: 4,
      work: { length: "time", value: 300, target: { kind: "paceZone", zone: "threshold" } },
      recovery: { length: "time", value: 120, target: { kind: "effort", effort: 3 } },
    },
  ],
  cooldown: { length: "time", value: 600, target: { kind: "open" } },
};

/** One unbroken step and nothing around it, as a tempo run is written: "20 min @ 5:00–5:10/km". */
export function singleStep(work: WorkoutStep): Workout {
  return { warmup: null, sets: [{ count: 1, work, recovery: null }], cooldown: null };
}

/** The same workout with the work of its first set aimed at another target. */
export function withWorkTarget(workout: Workout, target: StepTarget): Workout {
  return {
    ...workout,
    sets: workout.sets.map((set, index) =>
      index === 0 ? { ...set, work: { ...set.work, target } } : set,
    ),
  };
}
