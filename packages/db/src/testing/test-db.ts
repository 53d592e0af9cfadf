import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { type DatabaseHandle, migratePostgres, openPglite, openPostgres } from "../client";

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
export async function openTestDatabase(options: { max?: number } = {}): Promise<DatabaseHandle> {
  const url = inject("postgresTestUrl");
  if (url) return openPostgres(url, { max: options.max ?? 4 });
  return openTestPglite();
}

/**
 * A migrated database of the file's own on either driver run, for tests that replace every row
 * or write fixed emails: an in-memory PGlite, or a database made on the Postgres server (named
 * after `label`, with its `url`) that `drop` removes.
 */
export async function openOwnDatabase(
  label: string,
): Promise<{ handle: DatabaseHandle; url?: string; drop: () => Promise<void> }> {
  const server = inject("postgresTestUrl");
  if (!server) {
    const handle = await openTestPglite();
    return { handle, drop: () => handle.close() };
  }
  const name = `stride_${label}_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  const handle = await openPostgres(url.toString(), { max: 4 });
  return {
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
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
