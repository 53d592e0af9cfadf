import { inject } from "vitest";
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
