import { getEventListeners } from "node:events";
import { createCheckin, createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createContext, type Subscribe } from "../../context";
import { LIVE_LIMITS } from "../../live/hub";
import { createCaller } from "../../root";
import { groupInput } from "../../testing/groups";

const handle = useTestDatabase();

// Every feed a test opens is closed after it, as a closed tab ends its stream.
const opened: { close: () => void; first: Promise<unknown> }[] = [];
afterEach(async () => {
  for (const feed of opened.splice(0)) feed.close();
  await new Promise((resolve) => setTimeout(resolve, 20));
});

/** A wake-up switch standing in for the process-wide LISTEN: each test's own, with its caps. */
function bell() {
  const sleepers = new Set<(payload: string) => void>();
  const subscribe: Subscribe = (_channel, onMessage) => {
    sleepers.add(onMessage);
    return () => sleepers.delete(onMessage);
  };
  const ring = () => {
    for (const wake of sleepers) wake("test");
  };
  return { subscribe, ring };
}

type Caller = ReturnType<typeof createCaller>;

async function setUp(limits = LIVE_LIMITS) {
  const wake = bell();
  const people = await Promise.all(
    ["Ava", "Ben", "Cleo"].map((name) => createUser(handle.db, { name: `${name} Streams` })),
  );
  /** A caller for one person; `signal` ends their streams, as a closed tab does. */
  const as = (index: number, signal?: AbortSignal): Caller =>
    createCaller(
      createContext({
        db: handle.db,
        viewerId: people[index]?.id ?? null,
        subscribe: wake.subscribe,
        liveLimits: limits,
      }),
      { signal },
    );
  const [A, B] = [as(0), as(1)];
  const group = await A.groups.create(groupInput({ name: "Stream group" }));
  const invite = await A.groups.createInvite({ groupId: group.id, expiresInDays: 3, maxUses: 5 });
  const token = invite.path.split("/").at(-1) ?? "";
  await B.groups.join({ token });
  await as(2).groups.join({ token });
  const checkin = await createCheckin(handle.db, {
    athleteId: people[0]?.id ?? "",
    weekStart: "2026-11-23",
  });

  /** Opens a live feed as person `index`; it takes its place at its first read. */
  const openFeed = async (index: number) => {
    const aborts = new AbortController();
    const feed = await as(index, aborts.signal).groups.live({
      groupId: group.id,
      lastEventId: null,
    });
    const events = (feed as AsyncIterable<[string, unknown]>)[Symbol.asyncIterator]();
    const first = events.next().then(
      (event) => event,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const opening = { events, first, signal: aborts.signal, close: () => aborts.abort() };
    opened.push(opening);
    return opening;
  };
  return { A, group, checkin, wake, openFeed };
}

describe("live feed caps", () => {
  it("refuses a person's feed past their cap with a sentence, and frees the place on close", async () => {
    const { openFeed } = await setUp({ perPerson: 2, perInstance: 10 });
    const one = await openFeed(1);
    await openFeed(1);
    expect(await (await openFeed(1)).first).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "You have 2 live feeds open already. Close one (another tab) and reload this page.",
    });
    // Someone else still gets a feed; and closing one of Ben's gives him a place again.
    expect(await Promise.race([(await openFeed(2)).first, "open"])).toBe("open");
    one.close();
    expect(await one.first).toMatchObject({ done: true });
    expect(await Promise.race([(await openFeed(1)).first, "open"])).toBe("open");
  });

  it("refuses any feed past the instance's cap", async () => {
    const { openFeed } = await setUp({ perPerson: 5, perInstance: 3 });
    await openFeed(0);
    await openFeed(1);
    await openFeed(2);
    expect(await (await openFeed(0)).first).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message:
        "This server is holding as many live feeds as it can. Reload the page in a minute to see new activity.",
    });
  });
});

describe("a long-lived feed", () => {
  it("adds its abort listener once, however often it wakes", async () => {
    const { A, checkin, wake, openFeed } = await setUp();
    const feed = await openFeed(1);
    const listeners = () => getEventListeners(feed.signal, "abort").length;
    const kinds = ["kudos", "fire", "heart", "strong"] as const;
    await A.social.react({ checkinId: checkin.id, kind: "kudos" });
    wake.ring();
    await feed.first;
    const afterFirst = listeners();
    for (let i = 0; i < 12; i++) {
      await A.social.react({ checkinId: checkin.id, kind: kinds[i % kinds.length] ?? "kudos" });
      wake.ring();
      expect((await feed.events.next()).done).toBe(false);
    }
    expect(listeners()).toBe(afterFirst);
    expect(afterFirst).toBeLessThanOrEqual(2);
    feed.close();
  });
});
