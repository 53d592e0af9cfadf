import type { DatabaseHandle } from "@stride/db/client";
import { createCheckin, createUser } from "@stride/db/factories";
import { openTestPglite } from "@stride/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type Subscribe } from "../context";
import { createCaller } from "../root";
import { groupInput } from "../testing/groups";

// A live event wakes only the streams of its own group: with 200 streams open on other groups,
// an event in one group sends no statement about any of the others (statements counted with
// their parameters on a PGlite of this file's own, listening for real NOTIFYs).

let handle: DatabaseHandle | undefined;
const statements: unknown[][] = [];

beforeAll(async () => {
  handle = await openTestPglite({ onQuery: (_sql, params) => statements.push(params) });
});
afterAll(() => handle?.close());

function db() {
  if (!handle) throw new Error("The database opens in beforeAll");
  return handle;
}

/** The process-wide LISTEN, as the app has it, on this file's database. */
const listenForReal: Subscribe = (channel, onMessage) => {
  const stopping = db().listen(channel, onMessage);
  return () => void stopping.then((stop) => stop());
};

describe("live fan-out", () => {
  it("wakes only the event's group: 200 streams elsewhere send no statement", async () => {
    const [ava, ben, watcher] = await Promise.all(
      ["Ava", "Ben", "Watcher"].map((name) => createUser(db().db, { name })),
    );
    // Aborting ends every stream at once, as closed tabs do (before the database closes).
    const aborts = new AbortController();
    const as = (id: string) =>
      createCaller(
        createContext({
          db: db().db,
          viewerId: id,
          subscribe: listenForReal,
          liveLimits: { perPerson: 250, perInstance: 500 },
        }),
        { signal: aborts.signal },
      );
    const [A, B, W] = [as(ava?.id ?? ""), as(ben?.id ?? ""), as(watcher?.id ?? "")];
    const group = await A.groups.create(groupInput({ name: "Busy group" }));
    const invite = await A.groups.createInvite({ groupId: group.id, expiresInDays: 3, maxUses: 5 });
    await B.groups.join({ token: invite.path.split("/").at(-1) ?? "" });
    const checkin = await createCheckin(db().db, {
      athleteId: ava?.id ?? "",
      weekStart: "2026-11-23",
    });

    const otherGroups: string[] = [];
    for (let i = 0; i < 200; i++) {
      otherGroups.push((await W.groups.create(groupInput({ name: `Quiet ${i}` }))).id);
    }
    const quiet = new Set(otherGroups);
    const open = async (caller: typeof W, groupId: string) => {
      const streams = (await caller.groups.live({ groupId, lastEventId: null })) as AsyncIterable<
        [string, { kind: string }]
      >;
      return streams[Symbol.asyncIterator]();
    };
    const watching = await Promise.all(otherGroups.map((id) => open(W, id)));
    const busy = await open(B, group.id);
    // A stream starts at its first next(): let every one make its first reads and go to sleep.
    const next = busy.next();
    const ended = watching.map((stream) => stream.next());
    await new Promise((resolve) => setTimeout(resolve, 1000));

    statements.length = 0;
    await A.social.react({ checkinId: checkin.id, kind: "kudos" });
    expect((await next).value?.[1]).toEqual({ checkinId: checkin.id, kind: "reaction" });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const aboutQuietGroups = statements.filter((params) =>
      params.some((p) => quiet.has(String(p))),
    );
    expect(aboutQuietGroups).toEqual([]);
    // The busy group's stream did read (the counting sees the group ids it sends).
    expect(statements.some((params) => params.includes(group.id))).toBe(true);
    aborts.abort();
    expect((await Promise.all(ended)).every((end) => end.done)).toBe(true);
  }, 60_000);
});
