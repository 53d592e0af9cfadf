import { randomUUID } from "node:crypto";
import { type DatabaseHandle, openPostgres } from "@stride/db/client";
import { isDatabaseUnavailable } from "@stride/db/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerOnce } from "./idempotency";
import { callerFor, refusalOf } from "./testing/caller";

// A real postgres.js client aimed at a port where no server listens: what the app sees while its
// database restarts. (The load script restarts a real server mid-run; see scripts/load.)
let down: DatabaseHandle;
beforeAll(async () => {
  down = await openPostgres("postgres://postgres@127.0.0.1:9/none", { max: 1 });
});
afterAll(() => down.close());

describe("while the database is unreachable", () => {
  it("answers SERVICE_UNAVAILABLE with a sentence saying to retry, never a 500", async () => {
    const refused = await refusalOf(callerFor(down.db, randomUUID()).goals.tree({ year: 2026 }));
    expect(refused).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message:
        "Stride can't reach its database just now. Nothing was lost; try again in a few seconds.",
    });
  });

  it("recognises the driver's connection errors, and nothing else", async () => {
    const error = await down.db.execute("select 1").catch((caught: unknown) => caught);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "23505" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "57P01" })).toBe(true);
  });

  it("answers a keyed mutation with a retryable 503 rather than throwing", async () => {
    const response = await answerOnce({
      db: down.db,
      userId: randomUUID(),
      key: randomUUID(),
      path: "/api/trpc/goals.create",
      run: async () => new Response("should not run"),
    });
    expect(response.status).toBe(503);
    expect((await response.json()).error.json.data.code).toBe("SERVICE_UNAVAILABLE");
  });
});
