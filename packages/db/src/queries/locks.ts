import { sql } from "drizzle-orm";
import type { Database } from "../client";

/**
 * Serialises transactions that share `key` (held until commit or rollback). Used where a check
 * and an insert must not interleave, such as copying a week twice at once.
 */
export async function lockForTransaction(db: Database, key: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}
