import { Decoder, Stream } from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import { paceZones } from "./vdot";
import type { Workout } from "./workout";
import { SIX_BY_800 } from "./workout-examples";
import { encodeFitWorkout } from "./workout-fit";

// 6 × 800 m with a heart-rate recovery, then 10 minutes at threshold and a cool-down at an effort.
const [reps] = SIX_BY_800.sets;
const workout: Workout = {
  warmup: SIX_BY_800.warmup,
  sets: [
    ...(reps
      ? [
          {
            ...reps,
            recovery: { length: "time", value: 120, target: { kind: "heartRateZone", zone: 1 } },
          } as const,
        ]
      : []),
    {
      count: 1,
      work: { length: "time", value: 600, target: { kind: "paceZone", zone: "threshold" } },
      recovery: null,
    },
  ],
  cooldown: { length: "distance", value: 2000, target: { kind: "effort", effort: 3 } },
};

function decode(bytes: Uint8Array) {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.isFIT()).toBe(true);
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  if (!messages.workoutStepMesgs || !messages.workoutMesgs || !messages.fileIdMesgs) {
    throw new Error("Not a workout file");
  }
  expect(errors).toEqual([]);
  return {
    ...messages,
    workoutStepMesgs: messages.workoutStepMesgs,
    workoutMesgs: messages.workoutMesgs,
    fileIdMesgs: messages.fileIdMesgs,
  };
}

describe("encodeFitWorkout", () => {
  const zones = paceZones(50);
  const bytes = encodeFitWorkout(
    workout,
    { name: "Intervals", activityType: "run", createdAt: new Date("2026-03-02T06:00:00Z") },
    { distanceUnit: "km", zones },
  );

  it("writes a workout file the SDK reads back with the same steps", () => {
    const messages = decode(bytes);
    expect(messages.fileIdMesgs[0]?.type).toBe("workout");
    expect(messages.workoutMesgs[0]).toMatchObject({
      wktName: "Intervals",
      sport: "running",
      numValidSteps: 6,
    });
    const steps = messages.workoutStepMesgs.map((step) => ({
      index: step.messageIndex,
      intensity: step.intensity,
      duration: step.durationType,
      time: step.durationTime,
      distance: step.durationDistance,
      target: step.targetType,
      low: step.customTargetSpeedLow,
      high: step.customTargetSpeedHigh,
      hrZone: step.targetHrZone,
      from: step.durationStep,
      repeat: step.repeatSteps,
      notes: step.notes,
    }));
    const threshold = zones.find((z) => z.zone === "threshold") ?? { slowest: 0, fastest: 0 };
    expect(steps).toEqual([
      expect.objectContaining({
        index: 0,
        intensity: "warmup",
        duration: "time",
        time: 900,
        target: "open",
      }),
      expect.objectContaining({
        index: 1,
        intensity: "active",
        duration: "distance",
        distance: 800,
        target: "speed",
        low: Math.round(1_000_000 / 255) / 1000,
        high: Math.round(1_000_000 / 245) / 1000,
      }),
      expect.objectContaining({
        index: 2,
        intensity: "recovery",
        time: 120,
        target: "heartRate",
        hrZone: 1,
      }),
      expect.objectContaining({ index: 3, duration: "repeatUntilStepsCmplt", from: 1, repeat: 6 }),
      expect.objectContaining({
        index: 4,
        intensity: "active",
        time: 600,
        target: "speed",
        low: Math.round(1_000_000 / threshold.slowest) / 1000,
        high: Math.round(1_000_000 / threshold.fastest) / 1000,
      }),
      expect.objectContaining({
        index: 5,
        intensity: "cooldown",
        distance: 2000,
        target: "open",
        notes: "Effort 3/10",
      }),
    ]);
  });

  it("leaves a zone the athlete has no paces for open", () => {
    const noZones = encodeFitWorkout(
      workout,
      { name: "Intervals", activityType: "run", createdAt: new Date("2026-03-02T06:00:00Z") },
      { distanceUnit: "km", zones: null },
    );
    expect(decode(noZones).workoutStepMesgs[4]?.targetType).toBe("open");
  });
});
