import { QueryClient } from "@tanstack/react-query";
import { wire } from "./wire";

/**
 * One QueryClient factory for both sides: the server makes one per request (trpc/server.ts) and
 * sends its cache down in the wire format (wire.ts), so dates survive; the browser keeps one for
 * the session.
 */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000 },
      // Pages await their reads before rendering <HydrateClient>, so only finished queries go down.
      dehydrate: { serializeData: wire.serialize },
      hydrate: { deserializeData: wire.deserialize },
    },
  });
}
