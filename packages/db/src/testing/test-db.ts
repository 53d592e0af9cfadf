import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { type DatabaseHandle, openPglite, openPostgres } from "../client";

declare module "vitest" {
  export interface ProvidedContext {
    /** Set by the integration global setup when the run targets a Postgres server. */
    postgresTestUrl: string | undefined;
    /** A migrated PGlite data directory (a tarball) the PGlite run starts each file from. */
    pgliteTemplate: string | undefined;
  }
}

/**
 * A fresh in-memory PGlite for one test file, started from the run's migrated template when
 * there is one (a few times faster than making and migrating a database from nothing).
 */
export async function openTestPglite(
  options: { onQuery?: (sql: string, params: unknown[]) => void } = {},
) {
  const template = inject("pgliteTemplate");
  const loadDataDir = template ? new Blob([readFileSync(template)]) : undefined;
  return openPglite(undefined, { ...options, loadDataDir });
}

/**
 * The database for one integration test file: a fresh in-memory PGlite, or the Postgres
 * database that this test run created (each test makes its own users, so files can share it).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = inject("postgresTestUrl");
  if (url) return openPostgres(url, { max: 4 });
  return openTestPglite();
}

const worker = globalThis as typeof globalThis & { __strideTestPglite?: Promise<DatabaseHandle> };

/**
 * The database a test file uses: on Postgres the run's database, on PGlite one in-memory
 * database per test worker, which the worker's files take in turn (files run one after another
 * in a worker, and each test makes its own users, as they do on the shared Postgres database).
 * Starting a PGlite costs seconds; sharing it is most of what keeps the test command short.
 */
async function openFileDatabase(): Promise<{ handle: DatabaseHandle; owned: boolean }> {
  if (inject("postgresTestUrl")) return { handle: await openTestDatabase(), owned: true };
  worker.__strideTestPglite ??= openTestPglite();
  return { handle: await worker.__strideTestPglite, owned: false };
}

/**
 * Opens the test database for the file's tests (and closes what it alone opened afterwards).
 * Use inside a test file: `const handle = useTestDatabase();` then `handle.db` in the tests.
 */
export function useTestDatabase() {
  let current: DatabaseHandle | undefined;
  let owned = false;
  beforeAll(async () => {
    ({ handle: current, owned } = await openFileDatabase());
  });
  afterAll(() => (owned ? current?.close() : undefined));
  const open = () => {
    if (!current)
      throw new Error("The test database is opened in beforeAll; use it inside a test.");
    return current;
  };
  return {
    get db() {
      return open().db;
    },
    listen: (channel: string, onMessage: (payload: string) => void) =>
      open().listen(channel, onMessage),
  };
}
