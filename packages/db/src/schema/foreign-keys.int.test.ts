import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../backup/catalog";
import { useTestDatabase } from "../testing/test-db";

const handle = useTestDatabase();

/**
 * Foreign keys left without an index, on purpose: their tables hold a few rows per coach or group
 * (invitations, links, proposals, templates), so the check a delete makes reads next to nothing.
 */
const SMALL_TABLES = new Set([
  "coach_invites",
  "coaching_links",
  "goal_proposals",
  "group_invites",
  "ended_sessions",
  "checkin_revisions",
]);

describe("foreign keys", () => {
  it("have an index on every table that grows with use, so deletes never read a whole table", async () => {
    const list = await queryRows<{ table: string; column: string }>(
      handle.db,
      sql`
      select c.conrelid::regclass::text as "table", a.attname as "column"
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f'
        and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
      order by 1, 2`,
    );
    // The query itself finds unindexed keys: the small tables' keys are among its answers.
    expect(list.some((r) => SMALL_TABLES.has(r.table))).toBe(true);
    expect(list.filter((r) => !SMALL_TABLES.has(r.table))).toEqual([]);
  });
});
