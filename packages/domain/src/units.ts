/** Distances are stored in metres and durations in seconds; these convert for people. */
export const METRES_PER_KM = 1000;
export const METRES_PER_MILE = 1609.344;

export const DISTANCE_DISPLAY_UNITS = ["km", "mi"] as const;

const perUnit: Record<string, number> = {
  km: METRES_PER_KM,
  mi: METRES_PER_MILE,
  m: 1,
  min: 60,
  h: 3600,
};

/** A value as a person typed it ("15" mi) into the stored unit (metres, seconds, counts). */
export function toStored(value: number, unit: string): number {
  return value * (perUnit[unit] ?? 1);
}

/** The stored value in another unit, unrounded (for display, which rounds once). */
export function convertStored(value: number, unit: string): number {
  return value / (perUnit[unit] ?? 1);
}

/** The stored value back in the unit a person reads, rounded to 2 decimals. */
export function fromStored(value: number, unit: string): number {
  return Math.round((value / (perUnit[unit] ?? 1)) * 100) / 100;
}

/** 6900 → "1:55:00"; 1500 → "25:00". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "1:55:00", "55:00" or "55" (minutes) → seconds; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const parts = text.trim().split(":");
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !/^\d{1,3}$/.test(p))) {
    return undefined;
  }
  const numbers = parts.map(Number);
  if (numbers.length === 1) return (numbers[0] ?? 0) * 60;
  if (numbers.slice(1).some((n) => n >= 60)) return undefined;
  return numbers.reduce((total, n) => total * 60 + n, 0);
}

// Made once: building a number format is far slower than using one.
const oneDecimal = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return oneDecimal.format(value);
}
