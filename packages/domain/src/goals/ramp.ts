/**
 * Splits a meso goal's build ("from 10 to 15 mi a week") into weekly amounts that respect the
 * ramp limit (10% a week by default) with a lighter week every fourth week, as running coaches
 * advise. Amounts are in the unit the athlete uses, floored to one decimal so rounding never
 * pushes a week over the limit.
 */
export type RampWeek = { index: number; value: number; lighter: boolean };

export type RampPlan = { weeks: RampWeek[]; reachesTarget: boolean; peak: number };

export const DEFAULT_RAMP_LIMIT = 0.1;
export const LIGHTER_WEEK_EVERY = 4;
export const LIGHTER_WEEK_FACTOR = 0.8;

const floor1 = (value: number) => Math.floor(value * 10 + 1e-9) / 10;

export function planRamp(input: {
  baseline: number;
  target: number;
  weeks: number;
  rampLimit?: number;
  lighterEvery?: number;
  lighterFactor?: number;
}): RampPlan {
  const rampLimit = input.rampLimit ?? DEFAULT_RAMP_LIMIT;
  const lighterEvery = input.lighterEvery ?? LIGHTER_WEEK_EVERY;
  const lighterFactor = input.lighterFactor ?? LIGHTER_WEEK_FACTOR;
  const weeks: RampWeek[] = [];
  let current = input.baseline;

  for (let index = 1; index <= input.weeks; index++) {
    if (index % lighterEvery === 0) {
      weeks.push({ index, value: floor1(current * lighterFactor), lighter: true });
      continue;
    }
    // Going down (or holding) is always safe; going up is capped by the ramp limit.
    current =
      input.target <= current
        ? input.target
        : Math.min(input.target, floor1(current * (1 + rampLimit)));
    weeks.push({ index, value: current, lighter: false });
  }
  const peak = Math.max(0, ...weeks.map((w) => w.value));
  return { weeks, reachesTarget: peak >= input.target, peak };
}

/** Weeks of building (lighter weeks excluded) needed to go from baseline to target. */
export function buildWeeksNeeded(
  baseline: number,
  target: number,
  rampLimit = DEFAULT_RAMP_LIMIT,
): number {
  if (baseline <= 0 || target <= baseline) return 0;
  return Math.ceil(Math.log(target / baseline) / Math.log(1 + rampLimit) - 1e-9);
}

/** How much more this week is than last week, as a fraction (0.2 = 20% more); null if unknown. */
export function weeklyIncrease(previous: number | null, current: number): number | null {
  if (previous === null || previous <= 0) return null;
  return current / previous - 1;
}
