const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A plain decimal number ("8051.3", "-0.5", "1e3"), or null for anything else, blanks included. */
export function parseDecimal(text: string | null | undefined): number | null {
  if (text == null) return null;
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Seconds, to the whole second as people read durations. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds);
}

/** Metres to a tenth, as precise as any device reports. */
export function roundMetres(metres: number): number {
  return Math.round(metres * 10) / 10;
}

/** A distance of zero means none was recorded (a strength session, a trainer without a sensor). */
export function distanceOrNull(metres: number | null | undefined): number | null {
  return metres != null && Number.isFinite(metres) && metres > 0 ? roundMetres(metres) : null;
}

/**
 * Moving time, never above the elapsed time: a device's timer that ran past the last point, or a
 * rounding on each side, must not make the activity look as if it moved longer than it lasted.
 */
export function movingWithin(moving: number | null, elapsed: number | null): number | null {
  if (moving === null || elapsed === null) return moving;
  return Math.min(moving, elapsed);
}
