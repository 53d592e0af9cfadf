import type { ThrottleRule } from "./sign-in-throttle";

/**
 * Limits on actions that cost others something when abused: new accounts from one address,
 * invitations, comments, imports, reactions and password checks per person. Counted in the database (fixed windows), so
 * they hold across app instances. Generous for people; tight for scripts.
 */
export const ABUSE_LIMITS = {
  signUp: { points: 20, durationSeconds: 60 * 60, what: "new accounts from your network" },
  invite: { points: 30, durationSeconds: 60 * 60, what: "invitations" },
  comment: { points: 30, durationSeconds: 5 * 60, what: "comments" },
  import: { points: 20, durationSeconds: 60 * 60, what: "imports" },
  /** Checks of the current password (changing it, deleting the account) by a signed-in person. */
  passwordCheck: { points: 5, durationSeconds: 15 * 60, what: "password attempts" },
  reaction: { points: 60, durationSeconds: 5 * 60, what: "reactions" },
  /** Password reset emails asked for one address (whether or not it has an account). */
  passwordResetEmail: { points: 3, durationSeconds: 60 * 60, what: "password reset requests" },
  /** Links to confirm one's address sent again, per person. */
  verifyEmail: { points: 3, durationSeconds: 60 * 60, what: "confirmation emails" },
  /** Password reset requests from one client address, whatever the emails. */
  passwordResetAddress: { points: 20, durationSeconds: 60 * 60, what: "password reset requests" },
} as const satisfies Record<string, ThrottleRule & { what: string }>;
export type AbuseLimitKind = keyof typeof ABUSE_LIMITS;

/** "Too many comments in a short time. Try again in 3 minutes." (never "0 minutes"). */
export function limitMessage(kind: AbuseLimitKind, retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many ${ABUSE_LIMITS[kind].what} in a short time. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
