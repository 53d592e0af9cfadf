import { afterAll, beforeAll, inject } from "vitest";
import { type DatabaseHandle, openPglite, openPostgres } from "../client";

declare module "vitest" {
  export interface ProvidedContext {
    /** Set by the integration global setup when the run targets a Postgres server. */
    postgresTestUrl: string | undefined;
  }
}

/**
 * The database for one integration test file: a fresh in-memory PGlite, or the Postgres
 * database that this test run created (each test makes its own users, so files can share it).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = inject("postgresTestUrl");
  if (url) return openPostgres(url, { max: 4 });
  return openPglite();
}

/**
 * Opens the test database for the file's tests and closes it afterwards. Use inside a test file:
 * `const handle = useTestDatabase();` then `handle.db` in the tests.
 */
export function useTestDatabase() {
  let current: DatabaseHandle | undefined;
  beforeAll(async () => {
    current = await openTestDatabase();
  });
  afterAll(() => current?.close());
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
