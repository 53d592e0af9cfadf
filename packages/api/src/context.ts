import type { Database } from "@stride/db/client";
import { appMailer, type Mailer } from "@stride/mail";
import { type LiveHub, type LiveLimits, liveHubFor } from "./live/hub";
import { appMailBatching } from "./services/app-queue";
import type { MailBatching } from "./services/mail-batches";

/** Wakes live subscriptions when a Postgres NOTIFY arrives on a channel; returns "stop". */
export type Subscribe = (channel: string, onMessage: (payload: string) => void) => () => void;

export type Context = {
  db: Database;
  /** The signed-in user, from a verified session; null for anonymous requests. */
  viewerId: string | null;
  clientAddress: string;
  /** Where messages go: SMTP_URL's server, or the outbox (tests pass their own SMTP catcher). */
  mailer: Mailer;
  /** Where batched emails (coach activity, mentions) are queued; null without a job queue. */
  batching: MailBatching | null;
  /** This instance's open live feeds (one per way of listening), with their caps. */
  live: LiveHub;
  /** Aborted when the server starts to shut down: live streams end on it so clients reconnect. */
  shutdown: AbortSignal;
};

// Without a listener, live subscriptions still catch up by polling (see groups/live.ts).
const neverWakes: Subscribe = () => () => {};

export function createContext(input: {
  db: Database;
  viewerId: string | null;
  clientAddress?: string;
  mailer?: Mailer;
  /** The queue and clock for batched emails (tests); the app uses the process's queue. */
  batching?: MailBatching | null;
  subscribe?: Subscribe;
  /** Caps for a new way of listening (tests); the app uses LIVE_LIMITS. */
  liveLimits?: LiveLimits;
  shutdown?: AbortSignal;
}): Context {
  return {
    db: input.db,
    viewerId: input.viewerId,
    clientAddress: input.clientAddress ?? "unknown",
    mailer: input.mailer ?? appMailer(),
    batching: input.batching === undefined ? appMailBatching() : input.batching,
    live: liveHubFor(input.subscribe ?? neverWakes, input.liveLimits),
    shutdown: input.shutdown ?? new AbortController().signal,
  };
}
