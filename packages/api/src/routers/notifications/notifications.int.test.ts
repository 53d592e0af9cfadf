import { createCheckin, createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, refusalOf } from "../../testing/caller";
import { coachAndAthlete } from "../../testing/coaching";

const handle = useTestDatabase();

/** Ava owns a group with Ben and Cleo; Ava has a check-in shared with groups. */
async function setUp() {
  const [ava, ben, cleo] = await Promise.all(
    ["Ava Notify", "Ben Notify", "Cleo Notify"].map((name) => createUser(handle.db, { name })),
  );
  if (!ava || !ben || !cleo) throw new Error("users");
  const [A, B, C] = [ava, ben, cleo].map((u) => callerFor(handle.db, u.id));
  if (!A || !B || !C) throw new Error("callers");
  const group = await A.groups.create({ name: "Notify group", description: "", weeklyTheme: "" });
  const invite = await A.groups.createInvite({ groupId: group.id, expiresInDays: 3, maxUses: 5 });
  const token = invite.path.split("/").at(-1) ?? "";
  await B.groups.join({ token });
  await C.groups.join({ token });
  const checkin = await createCheckin(handle.db, { athleteId: ava.id, weekStart: "2026-11-23" });
  return { ava, ben, cleo, A, B, C, group, checkin };
}

const kinds = async (caller: ReturnType<typeof callerFor>) =>
  (await caller.notifications.list()).items.map((n) => n.kind).sort();

describe("notifications", () => {
  it("tells existing members about a newcomer, not the newcomer", async () => {
    const { A, B, C } = await setUp();
    expect(await kinds(A)).toEqual(["member_joined", "member_joined"]);
    expect(await kinds(B)).toEqual(["member_joined"]);
    expect(await kinds(C)).toEqual([]);
  });

  it("notifies the owner of a comment, the author of a reply, and whoever is @mentioned", async () => {
    const { A, B, C, checkin, group } = await setUp();
    await A.notifications.markAllRead();
    await B.notifications.markAllRead();
    const first = await B.social.comment({
      checkinId: checkin.id,
      parentId: null,
      body: "Nice week!",
      clientId: "client-b-1",
    });
    await A.social.comment({
      checkinId: checkin.id,
      parentId: first.id,
      body: "Thanks, @cleo notify come too",
      clientId: "client-a-1",
    });
    // A retry of Ben's comment notifies nobody twice.
    await B.social.comment({
      checkinId: checkin.id,
      parentId: null,
      body: "Nice week!",
      clientId: "client-b-1",
    });

    const ava = await A.notifications.list();
    expect(ava.unread).toBe(1);
    // The owner's notice opens the thread on the check-in's own page.
    expect(ava.items[0]).toMatchObject({
      kind: "comment",
      text: "Ben Notify commented on your check-in",
      link: "/checkins/2026-11-23#comments",
    });
    // A group mate reads it on the check-in's card in the group's feed.
    const cardLink = `/groups/${group.id}#checkin-${checkin.id}`;
    expect(
      (await B.notifications.list()).items
        .filter((n) => !n.readAt)
        .map((n) => ({ text: n.text, link: n.link })),
    ).toEqual([{ text: "Ava Notify replied to your comment", link: cardLink }]);
    expect(
      (await C.notifications.list()).items
        .filter((n) => n.kind === "mention")
        .map((n) => ({ text: n.text, link: n.link })),
    ).toEqual([{ text: "Ava Notify mentioned you in a comment", link: cardLink }]);
  });

  it("keeps one waiting line per check-in that follows the reactions and goes with the last", async () => {
    const { A, B, C, checkin } = await setUp();
    await A.notifications.markAllRead();
    const waiting = async () =>
      (await A.notifications.list()).items.filter((n) => n.kind === "reaction" && !n.readAt);
    const react = (caller: typeof A, kind: "fire" | "heart" | "strong") =>
      caller.social.react({ checkinId: checkin.id, kind });

    await react(B, "fire");
    expect((await waiting()).map((n) => n.text)).toEqual([
      "Ben Notify reacted 🔥 to your check-in",
    ]);
    await react(C, "heart");
    expect((await waiting()).map((n) => n.text)).toEqual([
      "Cleo Notify and 1 other reacted to your check-in",
    ]);
    // Cleo takes hers back: the line names Ben's reaction again.
    await react(C, "heart");
    expect((await waiting()).map((n) => n.text)).toEqual([
      "Ben Notify reacted 🔥 to your check-in",
    ]);
    // Ben takes back the last one: nothing is left to tell.
    await react(B, "fire");
    expect(await waiting()).toEqual([]);
    expect(await A.notifications.unreadCount()).toBe(0);
    // Ava's own reaction tells nobody anything.
    await react(A, "strong");
    expect(await A.notifications.unreadCount()).toBe(0);
  });

  it("leaves a notice already read as it was when the reaction is taken back", async () => {
    const { A, B, checkin } = await setUp();
    await B.social.react({ checkinId: checkin.id, kind: "fire" });
    await A.notifications.markAllRead();
    await B.social.react({ checkinId: checkin.id, kind: "fire" });
    const reactions = (await A.notifications.list()).items.filter((n) => n.kind === "reaction");
    expect(reactions).toMatchObject([{ text: "Ben Notify reacted 🔥 to your check-in" }]);
    expect(reactions[0]?.readAt).not.toBeNull();
  });

  it("respects a muted kind", async () => {
    const { A, C, checkin } = await setUp();
    await A.notifications.markAllRead();
    await A.notifications.mute({ muted: ["reaction"] });
    expect(await A.notifications.settings()).toEqual({ muted: ["reaction"] });
    await C.social.react({ checkinId: checkin.id, kind: "heart" });
    expect(await A.notifications.unreadCount()).toBe(0);
  });

  it("sends a coach to the athlete's page and the athlete to the check-in's page", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const checkin = await createCheckin(handle.db, {
      athleteId: athlete.id,
      weekStart: "2026-11-16",
      visibility: "coach",
    });
    const note = await coach.caller.social.comment({
      checkinId: checkin.id,
      parentId: null,
      body: "Strong week",
      clientId: "coach-note",
    });
    await athlete.caller.social.comment({
      checkinId: checkin.id,
      parentId: note.id,
      body: "Thanks!",
      clientId: "athlete-reply",
    });
    const linkOf = async (caller: typeof coach.caller, kind: string) =>
      (await caller.notifications.list()).items.find((n) => n.kind === kind)?.link;
    expect(await linkOf(athlete.caller, "comment")).toBe("/checkins/2026-11-16#comments");
    expect(await linkOf(coach.caller, "reply")).toBe(`/coach/athletes/${athlete.id}`);
  });

  it("marks only the viewer's own notifications read", async () => {
    const { A, B } = await setUp();
    const [mine] = (await A.notifications.list()).items;
    // Ben cannot mark Ava's notification read: nothing of Ava's changes.
    expect(await B.notifications.markRead({ ids: [mine?.id ?? ""] })).toEqual({ marked: 0 });
    expect(await A.notifications.unreadCount()).toBe(2);
    expect(await A.notifications.markRead({ ids: [mine?.id ?? ""] })).toEqual({ marked: 1 });
    expect(await A.notifications.unreadCount()).toBe(1);
    expect(await A.notifications.markAllRead()).toEqual({ marked: 1 });
  });

  it("refuses anonymous callers and unknown kinds", async () => {
    const anonymous = callerFor(handle.db, null);
    expect(await refusalOf(anonymous.notifications.list())).toMatchObject({ code: "UNAUTHORIZED" });
    const { A } = await setUp();
    expect(await refusalOf(A.notifications.mute({ muted: ["spam" as never] }))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("invitations by email", () => {
  it("sends a personal single-use link to an existing account, and answers the same for any email", async () => {
    const { A } = await setUp();
    const dana = await createUser(handle.db, { name: "Dana Notify" });
    const D = callerFor(handle.db, dana.id);
    const group = (await A.groups.list())[0];
    const sent = await A.groups.inviteByEmail({
      groupId: group?.id ?? "",
      email: dana.email.toUpperCase(),
    });
    const unknown = await A.groups.inviteByEmail({
      groupId: group?.id ?? "",
      email: "nobody@test.stride.example",
    });
    expect(unknown).toEqual(sent);

    const [invitation] = (await D.notifications.list()).items;
    expect(invitation).toMatchObject({
      kind: "invitation",
      text: "Ava Notify invited you to Notify group",
    });
    const token = invitation?.link?.split("/").at(-1) ?? "";
    expect(await D.groups.join({ token })).toMatchObject({ joined: true });
    expect((await D.groups.get({ groupId: group?.id ?? "" })).members.map((m) => m.name)).toContain(
      "Dana Notify",
    );
  });

  it("is for the owner only", async () => {
    const { B, group } = await setUp();
    expect(
      await refusalOf(
        B.groups.inviteByEmail({ groupId: group.id, email: "x@test.stride.example" }),
      ),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
