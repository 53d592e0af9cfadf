import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser } from "../factories";
import { useTestDatabase } from "../testing/test-db";
import { PersonCache } from "./person-cache";
import { PERSON_CHANNEL } from "./person-changes";
import { updateProfile } from "./profiles";
import { endSession, replacePasswordHash } from "./users";

const handle = useTestDatabase();

/** Two app instances' caches on one database, each forgetting what its LISTEN hears. */
async function twoInstances() {
  const caches = [new PersonCache(60_000), new PersonCache(60_000)] as const;
  const stops = await Promise.all(
    caches.map((cache) => handle.listen(PERSON_CHANNEL, (userId) => cache.forget(userId))),
  );
  return { caches, stop: () => Promise.all(stops.map((stop) => stop())) };
}

/** Until a notification has had time to arrive (at most a couple of seconds). */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe("the person cache", () => {
  it("serves a profile from memory, until a write on any instance makes every instance forget it", async () => {
    const me = await createUser(handle.db, { name: "Ava" });
    const { caches, stop } = await twoInstances();
    const [a, b] = caches;
    expect((await b.profile(handle.db, me.id))?.name).toBe("Ava");
    // Instance A changes the name; instance B hears of it and reads the new one.
    await handle.db.transaction((tx) =>
      updateProfile(tx, me.id, {
        name: "Ava R.",
        timeZone: "UTC",
        weekStart: "monday",
        distanceUnit: "km",
      }),
    );
    expect(
      await eventually(async () => (await b.profile(handle.db, me.id))?.name === "Ava R."),
    ).toBe(true);
    expect((await a.profile(handle.db, me.id))?.name).toBe("Ava R.");
    await stop();
  });

  it("drops a signed-out session and every session after a new password, on every instance", async () => {
    const me = await createUser(handle.db);
    const { caches, stop } = await twoInstances();
    const [, b] = caches;
    const [one, two] = [randomUUID(), randomUUID()];
    expect(await b.sessionState(handle.db, { userId: me.id, sessionId: one })).toMatchObject({
      ended: false,
    });
    expect(await b.sessionState(handle.db, { userId: me.id, sessionId: two })).toMatchObject({
      sessionVersion: 1,
    });
    await endSession(handle.db, {
      userId: me.id,
      sessionId: one,
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(
      await eventually(
        async () =>
          (await b.sessionState(handle.db, { userId: me.id, sessionId: one }))?.ended === true,
      ),
    ).toBe(true);
    await replacePasswordHash(handle.db, me.id, "not-a-real-hash");
    expect(
      await eventually(
        async () =>
          (await b.sessionState(handle.db, { userId: me.id, sessionId: two }))?.sessionVersion ===
          2,
      ),
    ).toBe(true);
    await stop();
  });

  it("keeps what it read without asking the database again", async () => {
    const me = await createUser(handle.db, { name: "Ben" });
    const cache = new PersonCache(60_000);
    expect((await cache.profile(handle.db, me.id))?.name).toBe("Ben");
    // A change no write announced (here: none was made through Stride) is not seen until it expires.
    await handle.db.execute(`update profiles set name = 'Benjamin' where user_id = '${me.id}'`);
    expect((await cache.profile(handle.db, me.id))?.name).toBe("Ben");
    const short = new PersonCache(0);
    expect((await short.profile(handle.db, me.id))?.name).toBe("Benjamin");
  });
});
