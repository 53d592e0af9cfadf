/**
 * Failed sign-ins are limited per email (guessing one person's password) and per client address
 * (trying many emails from one place). Both windows are fixed and counted in the database so the
 * limit holds across app instances.
 */
export type ThrottleRule = { points: number; durationSeconds: number };

export const SIGN_IN_THROTTLE = {
  perEmail: { points: 5, durationSeconds: 15 * 60 },
  perAddress: { points: 30, durationSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

/** Whole minutes, rounded up, so "try again in 0 minutes" never appears. */
export function retryAfterMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
