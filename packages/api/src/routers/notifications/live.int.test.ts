import { createCheckin, createUser } from "@stride/db/factories";
import { LIVE_CHANNEL, recordLiveEvent } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCaller } from "../../root";
import { refusalOf } from "../../testing/caller";

const handle = useTestDatabase();

/** A wake-up switch standing in for the process-wide LISTEN, so tests decide when streams wake. */
function bell() {
  const sleepers = new Set<(payload: string) => void>();
  return {
    subscribe: (_channel: string, onMessage: (payload: string) => void) => {
      sleepers.add(onMessage);
      return () => sleepers.delete(onMessage);
    },
    ring: () => {
      for (const wake of sleepers) wake("test");
    },
  };
}

async function setUp() {
  const ava = await createUser(handle.db, { name: "Ava Live" });
  const ben = await createUser(handle.db, { name: "Ben Live" });
  const wake = bell();
  const as = (id: string) =>
    createCaller(createContext({ db: handle.db, viewerId: id, subscribe: wake.subscribe }));
  const A = as(ava.id);
  const B = as(ben.id);
  const group = await A.groups.create({ name: "Live group", description: "", weeklyTheme: "" });
  const invite = await A.groups.createInvite({ groupId: group.id, expiresInDays: 3, maxUses: 5 });
  await B.groups.join({ token: invite.path.split("/").at(-1) ?? "" });
  const checkin = await createCheckin(handle.db, { athleteId: ava.id, weekStart: "2026-11-23" });
  return { ava, ben, A, B, group, checkin, wake };
}

describe("live group feeds", () => {
  it("delivers Postgres NOTIFY on the live channel, naming the groups it concerns (both drivers)", async () => {
    const { checkin, group } = await setUp();
    const received: unknown[] = [];
    const stop = await handle.listen(LIVE_CHANNEL, (payload) => received.push(JSON.parse(payload)));
    const id = await recordLiveEvent(handle.db, { checkinId: checkin.id, kind: "comment" });
    await expect.poll(() => received, { timeout: 5000 }).toContainEqual({ id, groups: [group.id] });
    await stop();
  });

  it("streams new comments and reactions in order, and resumes after the last id seen", async () => {
    const { A, B, group, checkin, wake } = await setUp();
    const stream = (await B.groups.live({ groupId: group.id, lastEventId: null }))[
      Symbol.asyncIterator
    ]();
    const next = stream.next();
    await A.social.react({ checkinId: checkin.id, kind: "kudos" });
    wake.ring();
    // Each event is tracked as [id, data]; the id is what a reconnecting client sends back.
    const [firstId, firstData] = (await next).value as unknown as [string, { kind: string }];
    expect(firstData).toEqual({ checkinId: checkin.id, kind: "reaction" });
    await stream.return?.(undefined);

    // Offline, two more things happen; reconnecting from the last id delivers exactly those.
    await B.social.comment({
      checkinId: checkin.id,
      parentId: null,
      body: "Nice",
      clientId: "live-client-1",
    });
    await A.social.react({ checkinId: checkin.id, kind: "fire" });
    const resumed = (await B.groups.live({ groupId: group.id, lastEventId: firstId }))[
      Symbol.asyncIterator
    ]();
    const kinds: string[] = [];
    for (let i = 0; i < 2; i++) {
      const [, data] = (await resumed.next()).value as unknown as [string, { kind: string }];
      kinds.push(data.kind);
    }
    expect(kinds).toEqual(["comment", "reaction"]);
    await resumed.return?.(undefined);
  });

  it("ends a removed member's open stream and refuses new ones", async () => {
    const { ben, A, B, group, wake } = await setUp();
    const stream = (await B.groups.live({ groupId: group.id, lastEventId: null }))[
      Symbol.asyncIterator
    ]();
    // Caught at once: removing the member may end the stream before the next line runs.
    const pending = stream.next().then(
      () => "still open",
      (error: unknown) => error,
    );
    await A.groups.removeMember({ groupId: group.id, userId: ben.id });
    wake.ring();
    expect(await pending).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusalOf(B.groups.live({ groupId: group.id, lastEventId: null }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
