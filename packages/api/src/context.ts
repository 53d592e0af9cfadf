import type { Database } from "@stride/db/client";

/** Wakes live subscriptions when a Postgres NOTIFY arrives on a channel; returns "stop". */
export type Subscribe = (channel: string, onMessage: (payload: string) => void) => () => void;

export type Context = {
  db: Database;
  /** The signed-in user, from a verified session; null for anonymous requests. */
  viewerId: string | null;
  clientAddress: string;
  subscribe: Subscribe;
};

// Without a listener, live subscriptions still catch up by polling (see groups/live.ts).
const neverWakes: Subscribe = () => () => {};

export function createContext(input: {
  db: Database;
  viewerId: string | null;
  clientAddress?: string;
  subscribe?: Subscribe;
}): Context {
  return {
    db: input.db,
    viewerId: input.viewerId,
    clientAddress: input.clientAddress ?? "unknown",
    subscribe: input.subscribe ?? neverWakes,
  };
}
