import { expect, test } from "@playwright/test";
import { SIGN_IN_THROTTLE } from "@stride/domain/accounts";
import { VirtualUser } from "../load/client";
import { bundleDir } from "./bundle";
import { type FreshDatabase, freshDatabase } from "./database";
import { openLiveFeed } from "./live";
import {
  comment,
  groupWithCheckin,
  must,
  PASSWORD,
  sameSessionOn,
  signedUp,
  signInOutcome,
} from "./people";
import { type BundleServer, newAuthSecret, startBundle } from "./server";

// Two production instances on one Postgres, as behind a load balancer: sessions, live updates
// and abuse limits must not depend on which instance a request reaches.
test.describe.configure({ mode: "default" });

let database: FreshDatabase;
let one: BundleServer;
let two: BundleServer;
test.beforeAll(async () => {
  database = await freshDatabase("twoinstances");
  const shared = { dir: bundleDir(), databaseUrl: database.url, authSecret: newAuthSecret() };
  // Started together on an empty database: both migrate it, one after the other.
  [one, two] = await Promise.all([startBundle(shared), startBundle(shared)]);
});
test.afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await database?.drop();
});

test("both migrated the database at once without harm", async () => {
  const [row] = await database.sql`
    select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`;
  expect(row?.n).toBeGreaterThan(10);
  expect(row?.distinct).toBe(row?.n);
});

test("a session made on one instance works on the other", async () => {
  const ava = await signedUp(one.base, "Ava Two");
  const week = await must<{ weekStart: string }>(ava, "query", "week.get", { weekStart: null });
  const onTwo = sameSessionOn(ava, two.base);
  const there = await onTwo.call("query", "week.get", { weekStart: null });
  expect(there.status).toBe(200);
  expect(there.data).toMatchObject({ weekStart: week.weekStart });
  // And without the cookie the other instance does not know them.
  const stranger = new VirtualUser(two.base, ava.email, PASSWORD);
  expect((await stranger.call("query", "week.get", { weekStart: null })).status).toBe(401);
});

/**
 * Two new group mates: the poster's check-in in their group, and the watcher's live feed of it on
 * the second instance, connected.
 */
async function watchedCheckin(posterName: string, watcherName: string) {
  const poster = await signedUp(one.base, posterName);
  const watcher = await signedUp(one.base, watcherName);
  const { groupId, checkinId } = await groupWithCheckin(poster, watcher);
  const feed = await openLiveFeed(sameSessionOn(watcher, two.base), groupId);
  await expect.poll(() => feed.events.some((event) => event.event === "connected")).toBe(true);
  return { poster, watcher, groupId, checkinId, feed };
}

test("a comment posted on one instance reaches a live stream on the other", async () => {
  const { poster: ava, checkinId, feed } = await watchedCheckin("Ava Live", "Ben Live");

  await comment(ava, checkinId, "Posted on the first instance");
  await expect
    .poll(() => feed.dataEvents().map((event) => JSON.parse(event.data ?? "{}").json), {
      timeout: 10_000,
    })
    .toContainEqual({ checkinId, kind: "comment" });
});

test("failed sign-ins count across both instances", async () => {
  const cleo = await signedUp(one.base, "Cleo Limits");
  const limit = SIGN_IN_THROTTLE.perEmail.points;
  for (let attempt = 0; attempt < limit; attempt++) {
    const base = attempt % 2 ? two.base : one.base;
    expect(await signInOutcome(base, cleo.email, "wrong-guess-1")).toBe("invalid");
  }
  // Neither instance lets even the right password through now: the count is in the database.
  for (const base of [one.base, two.base])
    expect(await signInOutcome(base, cleo.email, PASSWORD)).toMatch(/^throttled-\d+$/);
});

test("a live stream ended by one instance's shutdown resumes on the other from its last event", async () => {
  const {
    poster: dana,
    watcher: eli,
    groupId,
    checkinId,
    feed,
  } = await watchedCheckin("Dana Resume", "Eli Resume");
  await comment(dana, checkinId, "Seen before the restart");
  await expect.poll(() => feed.dataEvents().length, { timeout: 10_000 }).toBe(1);
  const lastSeen = feed.dataEvents()[0]?.id ?? "";

  expect(await two.stop()).toBe(0);
  await feed.ended;
  // Ended with a reconnect hint, and without tRPC's "return", which would mean "do not reconnect".
  expect(feed.events.at(-1)?.retry).toMatch(/^\d+$/);
  expect(feed.events.some((event) => event.event === "return")).toBe(false);

  await comment(dana, checkinId, "Posted while reconnecting");
  const resumed = await openLiveFeed(sameSessionOn(eli, one.base), groupId, lastSeen);
  await expect.poll(() => resumed.dataEvents().length, { timeout: 10_000 }).toBe(1);
  expect(Number(resumed.dataEvents()[0]?.id)).toBeGreaterThan(Number(lastSeen));
});
