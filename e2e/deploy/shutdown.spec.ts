import { expect, test } from "@playwright/test";
import type { VirtualUser } from "../load/client";
import { bundleDir } from "./bundle";
import { type FreshDatabase, freshDatabase } from "./database";
import { signedUp } from "./people";
import { type BundleServer, newAuthSecret, startBundle } from "./server";

// SIGTERM, as Docker or Kubernetes sends it before replacing an instance.
test.describe.configure({ mode: "default" });

let database: FreshDatabase;
test.beforeAll(async () => {
  database = await freshDatabase("shutdown");
});
test.afterAll(async () => {
  await database?.drop();
});

/**
 * Starts `profile.update` for `user` while the test holds their profile row, so the request is
 * certainly in flight (waiting on the lock) when SIGTERM arrives; `release` lets it finish.
 */
async function requestHeldInFlight(user: VirtualUser) {
  const held = await database.sql.reserve();
  await held`begin`;
  await held`select 1 from profiles p join users u on u.id = p.user_id
             where u.email = ${user.email} for update of p`;
  // Settled either way at once: a request the server cuts rejects while the test awaits the exit.
  const answer = user
    .call("mutation", "profile.update", {
      name: "Renamed While Stopping",
      timeZone: "UTC",
      weekStart: "monday",
      distanceUnit: "km",
    })
    .catch(() => "cut" as const);
  await expect
    .poll(async () => {
      const [row] = await database.sql`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`;
      return row?.n;
    })
    .toBe(1);
  return {
    answer,
    release: async () => {
      await held`commit`;
      held.release();
    },
  };
}

const refusesConnections = (server: BundleServer) =>
  fetch(`${server.base}/api/health`).then(
    () => "answered",
    () => "refused",
  );

test("a request in flight when SIGTERM arrives completes; then the server stops cleanly", async () => {
  const server = await startBundle({
    dir: bundleDir(),
    databaseUrl: database.url,
    authSecret: newAuthSecret(),
  });
  try {
    const ava = await signedUp(server.base, "Ava Stopping");
    const { answer, release } = await requestHeldInFlight(ava);
    server.child.kill("SIGTERM");

    // No new connections from the moment it starts shutting down...
    await expect.poll(() => refusesConnections(server)).toBe("refused");
    expect(server.child.exitCode).toBeNull();
    // ...while the request already running finishes, with its answer.
    await release();
    const done = await answer;
    expect(done).toMatchObject({ status: 200, data: { name: "Renamed While Stopping" } });
    expect(await server.exited).toBe(0);

    const logs = server.logs();
    const stopping = logs.find((line) => line.signal === "SIGTERM");
    expect(stopping?.routes).toContain("/api/trpc/[trpc]");
    expect(logs).toContainEqual(
      expect.objectContaining({ procedure: "profile.update", status: 200 }),
    );
    expect(logs.map((line) => line.msg)).toEqual(
      expect.arrayContaining(["shutdown: database done", "Stride stopped"]),
    );
    const [profile] = await database.sql`
      select p.name from profiles p join users u on u.id = p.user_id where u.email = ${ava.email}`;
    expect(profile?.name).toBe("Renamed While Stopping");
  } finally {
    await server.stop();
  }
});

test("a request still running when the grace period ends is cut, and the server exits", async () => {
  const server = await startBundle({
    dir: bundleDir(),
    databaseUrl: database.url,
    authSecret: newAuthSecret(),
    env: { STRIDE_SHUTDOWN_GRACE_MS: "1500", LOG_LEVEL: "warn" },
  });
  const ben = await signedUp(server.base, "Ben Stuck");
  const { answer, release } = await requestHeldInFlight(ben);
  try {
    const stopping = performance.now();
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(1);
    expect(performance.now() - stopping).toBeLessThan(10_000);
    expect(await answer).toBe("cut");
  } finally {
    await release();
  }
  const logs = server.logs();
  expect(logs).toContainEqual(
    expect.objectContaining({
      level: "warn",
      cut: 1,
      msg: "Stride cut the requests still running when the grace period ended",
    }),
  );
  // LOG_LEVEL=warn: not one request line or other information.
  expect(logs.filter((line) => line.level === "info")).toEqual([]);
});
