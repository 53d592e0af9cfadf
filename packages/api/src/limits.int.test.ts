import { randomUUID } from "node:crypto";
import { createCheckin, createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { ABUSE_LIMITS } from "@stride/domain/accounts";
import { describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./root";
import { importItem } from "./testing/activities";
import { refusalOf } from "./testing/caller";

const handle = useTestDatabase();

/** A caller from its own client address, so tests never share an address's count. */
function callerAt(viewerId: string | null, clientAddress = `198.51.100.${randomUUID()}`) {
  return createCaller(createContext({ db: handle.db, viewerId, clientAddress }));
}

const times = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("abuse limits", () => {
  it("limits new accounts per address, says when to retry, and creates nothing more", async () => {
    const address = `192.0.2.${randomUUID()}`;
    const signUp = (i: number | string) =>
      callerAt(null, address).account.signUp({
        name: `Limit ${i}`,
        email: `limit-${randomUUID()}@test.stride.example`,
        password: "a-long-enough-password",
      });
    for (const i of times(ABUSE_LIMITS.signUp.points)) await signUp(i);
    const email = `over-${randomUUID()}@test.stride.example`;
    const refused = await refusalOf(
      callerAt(null, address).account.signUp({
        name: "One too many",
        email,
        password: "a-long-enough-password",
      }),
    );
    expect(refused).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many new accounts from your network in a short time. Try again in 60 minutes.",
    });
    expect(refused.retryAfterSeconds).toBeGreaterThan(3500);
    const taken = await handle.db.query.users.findFirst({
      where: (u, { eq }) => eq(u.email, email),
    });
    expect(taken).toBeUndefined();
    // Another address is not held back.
    await expect(
      callerAt(null).account.signUp({
        name: "Elsewhere",
        email,
        password: "a-long-enough-password",
      }),
    ).resolves.toMatchObject({ email });
  });

  it("limits comments per person; the refused comment is not stored", async () => {
    const me = await createUser(handle.db, { name: "Chatty" });
    const other = await createUser(handle.db, { name: "Calm" });
    const checkin = await createCheckin(handle.db, { athleteId: me.id, weekStart: "2026-03-02" });
    const say = (viewerId: string, body: string) =>
      callerAt(viewerId).social.comment({
        checkinId: checkin.id,
        parentId: null,
        body,
        clientId: randomUUID(),
      });
    for (const i of times(ABUSE_LIMITS.comment.points)) await say(me.id, `Note ${i}`);
    const refused = await refusalOf(say(me.id, "One too many"));
    expect(refused).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many comments in a short time. Try again in 5 minutes.",
    });
    const thread = await callerAt(me.id).social.thread({ checkinId: checkin.id });
    expect(thread.comments).toHaveLength(ABUSE_LIMITS.comment.points);
    expect(thread.comments.map((c) => c.body)).not.toContain("One too many");
    // Someone who cannot see the check-in gets NOT_FOUND before any limit is counted.
    expect(await refusalOf(say(other.id, "Hello"))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("limits invitations per person across groups and coaching", async () => {
    const me = await createUser(handle.db, { name: "Inviter" });
    const caller = callerAt(me.id);
    const group = await caller.groups.create({ name: "Busy", description: "", weeklyTheme: "" });
    for (const i of times(ABUSE_LIMITS.invite.points)) {
      if (i % 2 === 0)
        await caller.groups.createInvite({ groupId: group.id, expiresInDays: 1, maxUses: 1 });
      else await caller.coach.inviteLink({ expiresInDays: 1 });
    }
    const before = await caller.groups.invites({ groupId: group.id });
    expect(
      await refusalOf(
        caller.groups.createInvite({ groupId: group.id, expiresInDays: 1, maxUses: 1 }),
      ),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS", message: /^Too many invitations/ });
    expect(
      await refusalOf(caller.coach.inviteByEmail({ email: "someone@test.stride.example" })),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await caller.groups.invites({ groupId: group.id })).toEqual(before);
  });

  it("limits imports per person", async () => {
    const me = await createUser(handle.db, { name: "Importer", timeZone: "UTC" });
    const caller = callerAt(me.id);
    for (const i of times(ABUSE_LIMITS.import.points)) {
      await caller.activities.import({
        activities: [importItem(`2026-01-${String(1 + i).padStart(2, "0")}`)],
      });
    }
    expect(
      await refusalOf(caller.activities.import({ activities: [importItem("2026-02-01")] })),
    ).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many imports in a short time. Try again in 60 minutes.",
    });
    const logged = await caller.activities.list({
      from: "2026-02-01",
      to: "2026-02-01",
      type: null,
      limit: 10,
    });
    expect(logged.items).toEqual([]);
  });
});
