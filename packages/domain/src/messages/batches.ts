import type { MessageKind } from "./kinds";

/**
 * The kinds of message sent in batches: what a coach did and @mentions come as they happen, so
 * each is gathered into at most one email per person per window of MAIL_BATCH_MINUTES. Each
 * kind is its own email (its own one-click unsubscribe), so someone who wants both gets at most
 * one of each per window.
 */
export const BATCHED_MESSAGE_KINDS = ["coach_activity", "mention"] as const satisfies MessageKind[];
export type BatchedMessageKind = (typeof BATCHED_MESSAGE_KINDS)[number];

/** How long a batch gathers, in minutes (MAIL_BATCH_MINUTES). */
export const MAIL_BATCH_MINUTES = { default: 15, min: 1, max: 1440 } as const;

/**
 * The window `at` falls in: windows of `minutes` laid end to end from the Unix epoch, so every
 * instance (and every retry) names the same window for the same moment.
 */
export function mailBatchWindow(at: Date, minutes: number): { start: Date; end: Date } {
  const length = minutes * 60_000;
  const start = Math.floor(at.getTime() / length) * length;
  return { start: new Date(start), end: new Date(start + length) };
}
