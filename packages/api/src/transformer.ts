import superjson from "superjson";
import { writeWire } from "./wire";

/**
 * Results in superjson's wire format written by one quick walk (`wire.ts`), which the browser
 * reads without superjson; anything rarer (a Map, a BigInt, an invalid Date) falls back to
 * superjson itself, which the browser refuses with a clear error (no procedure returns one).
 */
export function serializeResult(value: unknown): { json: unknown; meta?: object } {
  return writeWire(value) ?? (superjson.serialize(value) as { json: unknown; meta?: object });
}

/** What the server speaks: superjson in (it reads the quick walk too), the quick walk out. */
export const transformer = {
  input: superjson,
  output: { serialize: serializeResult, deserialize: superjson.deserialize },
};
