import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DatabaseHandle, openPglite } from "@stride/db/client";
import { createUser } from "@stride/db/factories";
import { openTestDatabase, useTestDatabase } from "@stride/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, inject, it } from "vitest";
import { createContext } from "./context";
import { answerOnce } from "./idempotency";
import { appRouter } from "./root";
import { macroInput } from "./testing/goals";

const handle = useTestDatabase();

/** One mutation through the real HTTP handler, with the idempotency layer in front of it. */
async function post(viewerId: string | null, path: string, input: unknown, key: string | null) {
  const url = `http://localhost/api/trpc/${path}`;
  const request = () =>
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    });
  const response = await answerOnce({
    db: handle.db,
    userId: viewerId,
    key,
    path: new URL(url).pathname,
    run: () =>
      fetchRequestHandler({
        endpoint: "/api/trpc",
        req: request(),
        router: appRouter,
        createContext: () => createContext({ db: handle.db, viewerId }),
      }),
  });
  return {
    status: response.status,
    body: await response.text(),
    replay: response.headers.get("idempotent-replay"),
  };
}

const goalsTitled = async (athleteId: string, title: string) =>
  (
    await handle.db.query.goals.findMany({
      where: (g, { and, eq }) => and(eq(g.athleteId, athleteId), eq(g.title, title)),
    })
  ).length;

describe("idempotency keys", () => {
  it("answers a retried mutation with the first answer and does the work once", async () => {
    const me = await createUser(handle.db, { name: "Retry" });
    const key = randomUUID();
    const input = macroInput({ title: "Once only" });
    const first = await post(me.id, "goals.create", input, key);
    const again = await post(me.id, "goals.create", input, key);
    expect(first.status).toBe(200);
    expect(again).toEqual({ ...first, replay: "true" });
    expect(await goalsTitled(me.id, "Once only")).toBe(1);
    // A new key is a new action.
    await post(me.id, "goals.create", input, randomUUID());
    expect(await goalsTitled(me.id, "Once only")).toBe(2);
  });

  it("runs ten simultaneous copies once, and all get the same answer", async () => {
    const me = await createUser(handle.db, { name: "Burst" });
    const key = randomUUID();
    const input = macroInput({ title: "Burst goal" });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(me.id, "goals.create", input, key)),
    );
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await goalsTitled(me.id, "Burst goal")).toBe(1);
  });

  it("keeps nothing for a refused mutation, so the corrected retry runs", async () => {
    const me = await createUser(handle.db, { name: "Fixer" });
    const key = randomUUID();
    const bad = await post(me.id, "goals.create", macroInput({ title: "" }), key);
    expect(bad.status).toBe(400);
    const good = await post(me.id, "goals.create", macroInput({ title: "Fixed" }), key);
    expect(good.status).toBe(200);
    expect(await goalsTitled(me.id, "Fixed")).toBe(1);
  });

  it("refuses a key reused for another action, and keys are per person", async () => {
    const me = await createUser(handle.db, { name: "Reuser" });
    const other = await createUser(handle.db, { name: "Other" });
    const key = randomUUID();
    await post(me.id, "goals.create", macroInput({ title: "First use" }), key);
    const reused = await post(
      me.id,
      "groups.create",
      { name: "Sneaky", description: "", weeklyTheme: "" },
      key,
    );
    expect(reused.status).toBe(409);
    expect(JSON.parse(reused.body).error.json.message).toBe(
      "This request's idempotency key was already used for another action.",
    );
    // Someone else's request with the same key is theirs alone.
    const theirs = await post(other.id, "goals.create", macroInput({ title: "First use" }), key);
    expect(theirs.replay).toBeNull();
    expect(await goalsTitled(other.id, "First use")).toBe(1);
  });
});

/**
 * The same database opened twice in turn, as the app sees it across a restart: a postgres.js pool
 * of its own on the run's Postgres, or an embedded database in a folder of its own.
 */
async function reopenable(): Promise<{
  first: DatabaseHandle;
  reopen: () => Promise<DatabaseHandle>;
}> {
  if (inject("postgresTestUrl")) {
    const reopen = () => openTestDatabase({ max: 1 });
    return { first: await reopen(), reopen };
  }
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "stride-idempotency-")), "db");
  const template = inject("pgliteTemplate");
  const loadDataDir = template ? new Blob([readFileSync(template)]) : undefined;
  return { first: await openPglite(dir, { loadDataDir }), reopen: () => openPglite(dir) };
}

describe("idempotency keys across a database restart", () => {
  it("lets a retry to the same server run at once when the failed request could not let go of its key", async () => {
    const { first, reopen } = await reopenable();
    const me = await createUser(first.db, { name: "Restart" });
    const key = randomUUID();
    const route = "/api/trpc/goals.create";
    // The request claims its key, then the database goes away before its refusal can release it.
    const failed = await answerOnce({
      db: first.db,
      userId: me.id,
      key,
      path: route,
      run: async () => {
        await first.close();
        return new Response("{}", { status: 503 });
      },
    });
    expect(failed.status).toBe(503);

    // The database is back: the retry runs now (without waiting 10 s to be told "still being
    // processed", and again until the claim goes stale after 15 s).
    const again = await reopen();
    try {
      const retried = await answerOnce({
        db: again.db,
        userId: me.id,
        key,
        path: route,
        run: async () => new Response('{"ran":true}', { status: 200 }),
      });
      expect(await retried.text()).toBe('{"ran":true}');
    } finally {
      await again.close();
    }
  });
});
