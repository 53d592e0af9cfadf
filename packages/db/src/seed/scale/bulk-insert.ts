import { getTableColumns } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../../client";

// Postgres takes at most 65,535 bind parameters per statement, and postgres.js refuses 65,534 or
// more; drizzle binds one per column of each row (a missing value is written as DEFAULT).
const MAX_PARAMETERS = 65_533;
// Well under the limit: statements of about 10,000 parameters cost the query builder less
// (its garbage dies young) and were as fast on the server as the largest ones.
const PARAMETER_BUDGET = 10_000;

/** How many rows of this table one INSERT takes, staying under the parameter limit. */
export function rowsPerInsert(table: PgTable): number {
  const columns = Object.keys(getTableColumns(table)).length;
  return Math.max(1, Math.floor(Math.min(PARAMETER_BUDGET, MAX_PARAMETERS) / columns));
}

/** Inserts rows built in memory with multi-row INSERTs of `rowsPerInsert` rows each. */
export async function insertInChunks<T extends PgTable>(
  db: Database,
  table: T,
  rows: readonly PgInsertValue<T>[],
): Promise<number> {
  const size = rowsPerInsert(table);
  for (let start = 0; start < rows.length; start += size) {
    await db.insert(table).values(rows.slice(start, start + size));
  }
  return rows.length;
}
