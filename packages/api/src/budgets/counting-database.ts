import type { DatabaseHandle } from "@stride/db/client";
import { openTestPglite } from "@stride/db/testing";
import { afterAll, beforeAll } from "vitest";

/**
 * A test file's own PGlite that counts every statement drizzle sends, for the query budgets.
 * `statementsFor(run)` is how many statements `run` sent.
 */
export function useCountingDatabase() {
  let handle: DatabaseHandle | undefined;
  let statements = 0;
  beforeAll(async () => {
    handle = await openTestPglite({ onQuery: () => (statements += 1) });
  });
  afterAll(() => handle?.close());
  return {
    get db() {
      if (!handle) throw new Error("The counting database opens in beforeAll; use it in a test.");
      return handle.db;
    },
    async statementsFor(run: () => Promise<unknown>) {
      statements = 0;
      await run();
      return statements;
    },
  };
}
