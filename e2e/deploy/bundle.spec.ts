import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { bundleDir, linksLeaving } from "./bundle";
import { type FreshDatabase, freshDatabase } from "./database";
import { comment, groupWithCheckin, PASSWORD, signedUp, signInOutcome } from "./people";
import { type BundleServer, newAuthSecret, startBundle } from "./server";

// The production bundle as a deployment runs it: copied away from the workspace, started with one
// command against an empty Postgres database, which it migrates before it serves.
let database: FreshDatabase;
let server: BundleServer;
test.beforeAll(async () => {
  database = await freshDatabase("bundle");
  server = await startBundle({
    dir: bundleDir(),
    databaseUrl: database.url,
    authSecret: newAuthSecret(),
  });
});
test.afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

test("the bundle stands alone: nothing in it points back into the workspace", () => {
  expect(linksLeaving(bundleDir())).toEqual([]);
});

test("started on an empty database, it migrates it, then serves: sign in and read /week", async ({
  page,
}) => {
  const journal = JSON.parse(
    readFileSync(path.join(bundleDir(), "packages/db/migrations/meta/_journal.json"), "utf8"),
  ) as { entries: unknown[] };
  const [applied] = await database.sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
  expect(applied?.n).toBe(journal.entries.length);
  // Migrated first, listening after: a load balancer never meets a half-started instance.
  const messages = server.logs().map((line) => line.msg);
  expect(messages.indexOf("Stride's database is migrated and open")).toBeGreaterThanOrEqual(0);
  expect(messages.indexOf("Stride's database is migrated and open")).toBeLessThan(
    messages.findIndex((message) => String(message).startsWith("Stride is listening")),
  );

  const health = await fetch(`${server.base}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  const ready = await fetch(`${server.base}/api/ready`);
  expect(await ready.json()).toEqual({ status: "ready", database: "ok", migrations: "current" });

  const ava = await signedUp(server.base, "Ava Bundle");
  await page.goto(`${server.base}/signin`);
  await page.getByLabel("Email").fill(ava.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/week$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Static files come from the bundle too: the page ran its scripts (the nav is interactive).
  const script = await page.evaluate(
    () => document.querySelector<HTMLScriptElement>("script[src*='/_next/static/']")?.src,
  );
  expect(script && (await fetch(script)).status).toBe(200);
});

test("logs one JSON line per request, naming its route, status, time and user, and no secret", async () => {
  const ava = await signedUp(server.base, "Ava Logs");
  const ben = await signedUp(server.base, "Ben Logs");
  const { checkinId, inviteToken } = await groupWithCheckin(ava, ben);
  await comment(ben, checkinId, "Logged, but never its words");
  await fetch(`${server.base}/join/${inviteToken}`, {
    headers: { cookie: [...ben.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
  });
  const [avaRow] = await database.sql`select id from users where email = ${ava.email}`;

  await expect
    .poll(() => server.logs().filter((line) => line.route === "/join/[token]").length)
    .toBeGreaterThan(0);
  // Every line the server printed is one JSON object: a collector can parse all of it.
  expect(server.lines.filter((line) => !line.startsWith("{"))).toEqual([]);
  const requests = server.logs().filter((line) => line.msg === "request");
  const week = requests.find(
    (line) => line.procedure === "week.get" && line.userId === avaRow?.id && line.status === 200,
  );
  expect(week).toMatchObject({ method: "GET", route: "/api/trpc/[trpc]" });
  expect(week?.reqId).toMatch(/^[0-9a-f-]{36}$/);
  expect(typeof week?.durationMs).toBe("number");
  expect(requests.some((line) => line.procedure === "social.comment")).toBe(true);

  const everything = server.lines.join("\n");
  const session = [...ava.cookies].find(([name]) => name.includes("session-token"))?.[1];
  for (const secret of [PASSWORD, inviteToken, session, "never its words", ava.email])
    expect(everything).not.toContain(secret);
});

test("answers 503 on /api/ready while a migration of this build is not applied", async () => {
  const [last] = await database.sql`
    select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`;
  await database.sql`delete from drizzle.__drizzle_migrations where id = ${last?.id}`;
  try {
    const ready = await fetch(`${server.base}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: "unavailable",
      database: "ok",
      migrations: "1 pending",
    });
    // Liveness asks nothing of the database: the instance is not restarted for it.
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
  } finally {
    await database.sql`insert into drizzle.__drizzle_migrations ${database.sql(last ?? {})}`;
  }
  expect((await fetch(`${server.base}/api/ready`)).status).toBe(200);
});

/** A folder that starts the bundle's app and modules from `name` (linked), with its own state. */
function besideTheBundle(name: string, link: string[]) {
  const dir = path.join(path.dirname(bundleDir()), name);
  mkdirSync(dir, { recursive: true });
  for (const entry of link) symlinkSync(path.join(bundleDir(), entry), path.join(dir, entry));
  return dir;
}

test("without DATABASE_URL it keeps an embedded database in its own folder, with the demo", async () => {
  const embedded = besideTheBundle("embedded", ["apps", "node_modules", "packages"]);
  const server = await startBundle({ dir: embedded });
  try {
    expect(await signInOutcome(server.base, "ava@stride.example", "stride-demo")).toBe("signed-in");
    expect(existsSync(path.join(embedded, ".data/pglite/PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(embedded, ".data/auth-secret"))).toBe(true);
  } finally {
    expect(await server.stop()).toBe(0);
  }
});

test("refuses to start, with a sentence, when the bundle's migrations are missing", async () => {
  // A bundle that lost its SQL files: the same app and modules, the journal alone.
  const broken = besideTheBundle("broken", ["apps", "node_modules"]);
  mkdirSync(path.join(broken, "packages/db/migrations/meta"), { recursive: true });
  copyFileSync(
    path.join(bundleDir(), "packages/db/migrations/meta/_journal.json"),
    path.join(broken, "packages/db/migrations/meta/_journal.json"),
  );
  const empty = await freshDatabase("nomigrations");
  try {
    const refused = await startBundle({
      dir: broken,
      databaseUrl: empty.url,
      authSecret: newAuthSecret(),
      waitUntilReady: false,
    });
    expect(await refused.exited).toBe(1);
    expect(refused.lines.join("\n")).toContain(
      "Stride refuses to start: its database migrations are missing (no 0000_init.sql in",
    );
    expect(refused.lines.join("\n")).not.toContain("Stride is listening");
    const [schema] = await empty.sql`select to_regclass('drizzle.__drizzle_migrations') as t`;
    expect(schema?.t).toBeNull();
  } finally {
    await empty.drop();
  }
});

test("refuses to start when its database cannot be reached, instead of serving errors", async () => {
  const unreachable = await startBundle({
    dir: bundleDir(),
    // Nothing listens on port 1.
    databaseUrl: "postgres://stride@127.0.0.1:1/stride",
    authSecret: newAuthSecret(),
    waitUntilReady: false,
  });
  expect(await unreachable.exited).toBe(1);
  const fatal = unreachable.logs().find((line) => line.level === "fatal");
  expect(fatal?.msg).toBe("Stride could not start: its database could not be opened");
  expect(unreachable.lines.join("\n")).not.toContain("Stride is listening");
});
