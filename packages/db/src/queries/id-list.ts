import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * `column = any($1::uuid[])`: one parameter however many ids. An `IN ($1, … $600)` list for a
 * whole roster costs more to plan than to run, and nudges the planner towards scanning the table.
 */
export function isAnyOf(column: AnyColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...ids])}::uuid[])`;
}
