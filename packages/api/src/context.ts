import type { Database } from "@stride/db/client";

export type Context = {
  db: Database;
  /** The signed-in user, from a verified session; null for anonymous requests. */
  viewerId: string | null;
  clientAddress: string;
};

export function createContext(input: {
  db: Database;
  viewerId: string | null;
  clientAddress?: string;
}): Context {
  return { clientAddress: "unknown", ...input };
}
