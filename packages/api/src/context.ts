import type { Database } from "@stride/db/client";

/** Wakes live subscriptions when a Postgres NOTIFY arrives on a channel; returns "stop". */
export type Subscribe = (channel: string, onMessage: (payload: string) => void) => () => void;

export type Context = {
  db: Database;
  /** The signed-in user, from a verified session; null for anonymous requests. */
  viewerId: string | null;
  clientAddress: string;
  subscribe: Subscribe;
  /** Aborted when the server starts to shut down: live streams end on it so clients reconnect. */
  shutdown: AbortSignal;
};

// Without a listener, live subscriptions still catch up by polling (see groups/live.ts).
const neverWakes: Subscribe = () => () => {};

export function createContext(input: {
  db: Database;
  viewerId: string | null;
  clientAddress?: string;
  subscribe?: Subscribe;
  shutdown?: AbortSignal;
}): Context {
  return {
    clientAddress: "unknown",
    subscribe: neverWakes,
    shutdown: new AbortController().signal,
    ...input,
  };
}
