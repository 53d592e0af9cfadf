import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client";
import { knownMigrations, migrationStatus } from "./migrations";
import { openOwnDatabase } from "./testing/test-db";

// A database of its own: the test removes and adds rows of drizzle's migration table.
let own: Awaited<ReturnType<typeof openOwnDatabase>>;
let db: DatabaseHandle["db"];
beforeAll(async () => {
  own = await openOwnDatabase("migrations");
  db = own.handle.db;
});
afterAll(() => own.drop());

describe("migration status", () => {
  it("is current on a migrated database, and names what is missing or unknown otherwise", async () => {
    const known = knownMigrations();
    expect(known.length).toBeGreaterThan(10);
    expect(await migrationStatus(db)).toEqual({ pending: [], unknown: 0, applied: known.length });

    const last = known.at(-1);
    if (!last) throw new Error("no migrations");
    await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${last.when}`);
    expect(await migrationStatus(db)).toMatchObject({ pending: [last.tag], unknown: 0 });

    // A newer build migrated this database: nothing is pending, one migration is unknown here.
    await db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values
          ('restored', ${last.when}), ('from-a-newer-build', ${last.when + 60_000})`,
    );
    expect(await migrationStatus(db)).toMatchObject({ pending: [], unknown: 1 });
  });

  it("counts everything as pending on a database that was never migrated", async () => {
    await db.execute(sql`drop schema drizzle cascade`);
    const status = await migrationStatus(db);
    expect(status.pending).toEqual(knownMigrations().map((migration) => migration.tag));
    expect(status.applied).toBe(0);
  });
});
