import { z } from "zod";
import { calendarDateSchema } from "../periods/schemas";

/**
 * Daniels' VDOT (Daniels & Gilbert, "Oxygen Power", 1979): the VO2max a race result implies, from
 * the oxygen cost of running at the race's speed and the fraction of VO2max a person can hold for
 * the race's duration. Training paces are the speeds whose oxygen cost is a given fraction of it.
 */

/** Oxygen cost (ml/kg/min) of running at `v` metres per minute. */
function oxygenCost(v: number): number {
  return -4.6 + 0.182258 * v + 0.000104 * v * v;
}

/** The fraction of VO2max that can be held for `minutes`. */
function sustainableFraction(minutes: number): number {
  return (
    0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes)
  );
}

/** VDOT from a race or time trial: `metres` in `seconds`. */
export function vdotFromRace(metres: number, seconds: number): number {
  const minutes = seconds / 60;
  return oxygenCost(metres / minutes) / sustainableFraction(minutes);
}

/** The speed (m/min) whose oxygen cost is `vo2` (the positive root of the cost's quadratic). */
function speedFor(vo2: number): number {
  const a = 0.000104;
  const b = 0.182258;
  const c = -4.6 - vo2;
  return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
}

/** The race time (seconds) over `metres` that this VDOT predicts (solved by bisection). */
export function raceTimeForVdot(vdot: number, metres: number): number {
  let low = 60;
  let high = 60 * 60 * 24;
  for (let i = 0; i < 80; i++) {
    const middle = (low + high) / 2;
    // A longer time means a lower VDOT.
    if (vdotFromRace(metres, middle) > vdot) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

export const PACE_ZONES = ["easy", "marathon", "threshold", "interval", "repetition"] as const;
export type PaceZone = (typeof PACE_ZONES)[number];

export const PACE_ZONE_LABELS: Record<PaceZone, string> = {
  easy: "Easy",
  marathon: "Marathon",
  threshold: "Threshold",
  interval: "Interval",
  repetition: "Repetition",
};

/**
 * Each zone's share of VDOT, slow end to fast end, as Daniels gives them (Daniels' Running
 * Formula): easy 59–74%, marathon 75–84%, threshold 83–88%, interval 95–100%, repetition 105–110%.
 */
const ZONE_FRACTIONS: Record<PaceZone, readonly [number, number]> = {
  easy: [0.59, 0.74],
  marathon: [0.75, 0.84],
  threshold: [0.83, 0.88],
  interval: [0.95, 1],
  repetition: [1.05, 1.1],
};

/** A zone as paces in seconds per kilometre: `slowest` is the larger number. */
export type ZonePaces = { zone: PaceZone; slowest: number; fastest: number };

/** The five training zones of a VDOT, in seconds per kilometre. */
export function paceZones(vdot: number): ZonePaces[] {
  const paceAt = (fraction: number) => 60_000 / speedFor(vdot * fraction);
  return PACE_ZONES.map((zone) => {
    const [low, high] = ZONE_FRACTIONS[zone];
    return { zone, slowest: paceAt(low), fastest: paceAt(high) };
  });
}

/**
 * Riegel's formula (Riegel, "Athletic Records and Human Endurance", American Scientist 1981): a
 * time `seconds` over `fromMetres` predicts `seconds × (toMetres / fromMetres)^1.06`.
 */
export function riegel(seconds: number, fromMetres: number, toMetres: number, exponent = 1.06) {
  return seconds * (toMetres / fromMetres) ** exponent;
}

/** The race or time trial pace zones come from, as the athlete enters it. */
export const paceSourceInput = z
  .object({
    distanceMetres: z
      .number({ error: "Pick the distance" })
      .min(1500, "Use a race of 1,500 m or more")
      .max(42_195, "Use a race up to the marathon"),
    seconds: z
      .number({ error: "Enter a time like 45:00" })
      .int("Use whole seconds")
      .positive("Enter the time it took"),
    raceDate: calendarDateSchema,
  })
  .superRefine((source, ctx) => {
    const vdot = vdotFromRace(source.distanceMetres, source.seconds);
    // Elite men reach about 85; below 20 is walking pace for most distances.
    if (!(vdot >= 20 && vdot <= 90)) {
      ctx.addIssue({
        code: "custom",
        path: ["seconds"],
        message:
          vdot > 90
            ? "That is faster than the world record pace; check the distance and the time"
            : "That is slower than a walk; check the distance and the time",
      });
    }
  });
export type PaceSourceInput = z.infer<typeof paceSourceInput>;

export const setPaceZonesInput = z.object({ source: paceSourceInput.nullable() });
