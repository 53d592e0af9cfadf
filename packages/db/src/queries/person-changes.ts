import { sql } from "drizzle-orm";
import type { Database } from "../client";

/** The channel on which a write about a person tells every app instance to forget them. */
export const PERSON_CHANNEL = "stride_person";

const holder = globalThis as typeof globalThis & {
  __stridePersonForgetters?: Set<(userId: string) => void>;
};

/** Registers what forgets a person on this instance (the person cache, when it is on). */
export function onPersonChanged(forget: (userId: string) => void) {
  holder.__stridePersonForgetters ??= new Set();
  holder.__stridePersonForgetters.add(forget);
}

/**
 * Called by every write that changes a session or a profile, inside its transaction: this
 * instance forgets now, and every instance (this one included) when the transaction commits.
 */
export async function personChanged(db: Database, userId: string) {
  for (const forget of holder.__stridePersonForgetters ?? []) forget(userId);
  await db.execute(sql`select pg_notify(${PERSON_CHANNEL}, ${userId})`);
}
