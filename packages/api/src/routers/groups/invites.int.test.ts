import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { fieldRefusal, refusalOf } from "../../testing/caller";
import {
  expireInvite,
  groupInput,
  groupOf,
  inviteRows,
  inviteToken,
  memberRows,
} from "../../testing/groups";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

const EXPIRED = "This invitation has expired. Ask a member for a new link.";
const WITHDRAWN = "This invitation was withdrawn by the group. Ask a member for a new link.";
const USED_UP =
  "This invitation has been used as many times as it allows. Ask a member for a new link.";

/** An owner with a group of their own (no one else in it yet). */
async function ownedGroup(name = "Dawn Patrol") {
  const owner = await newPerson(handle.db, { name: "Ava" });
  const { id } = await owner.caller.groups.create(groupInput({ name }));
  return { owner, groupId: id };
}

/** The ids of the group's members, sorted. */
async function memberIds(groupId: string) {
  return (await memberRows(handle.db, groupId)).map((m) => m.userId).sort();
}

describe("invitation links", () => {
  it("gives the owner a /join/ link that a non-member can preview, with the group's name", async () => {
    const { owner, groupId } = await ownedGroup("Tempo Tuesdays");
    const invite = await owner.caller.groups.createInvite({
      groupId,
      expiresInDays: 7,
      maxUses: 5,
    });
    expect(invite.path).toMatch(/^\/join\/[A-Za-z0-9_-]{32}$/);
    expect(invite.maxUses).toBe(5);
    const days = (invite.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    // Only a hash of the token is kept.
    const token = invite.path.slice("/join/".length);
    const [row] = await inviteRows(handle.db, groupId);
    expect(row).toMatchObject({ id: invite.id, uses: 0, maxUses: 5, revokedAt: null });
    expect(row?.tokenHash).not.toContain(token);

    const ben = await newPerson(handle.db, { name: "Ben" });
    expect(await ben.caller.groups.previewInvite({ token })).toEqual({
      groupId,
      groupName: "Tempo Tuesdays",
      problem: null,
      alreadyMember: false,
    });
    // Previewing joins nobody.
    expect(await memberIds(groupId)).toEqual([owner.id]);
    expect(await owner.caller.groups.invites({ groupId })).toEqual([
      { id: invite.id, expiresAt: invite.expiresAt, maxUses: 5, uses: 0 },
    ]);
  });

  it("adds a person once: joining again says joined false and adds no second row", async () => {
    const { owner, groupId } = await ownedGroup();
    const { token, id } = await inviteToken(owner, groupId, { maxUses: 5 });
    const ben = await newPerson(handle.db, { name: "Ben" });

    expect(await ben.caller.groups.join({ token })).toEqual({ groupId, joined: true });
    expect(await ben.caller.groups.join({ token })).toEqual({ groupId, joined: false });

    expect(await memberIds(groupId)).toEqual([ben.id, owner.id].sort());
    expect((await memberRows(handle.db, groupId)).find((m) => m.userId === ben.id)?.role).toBe(
      "member",
    );
    expect((await inviteRows(handle.db, groupId)).find((i) => i.id === id)?.uses).toBe(1);
    expect(await ben.caller.groups.previewInvite({ token })).toMatchObject({
      alreadyMember: true,
      problem: null,
    });
    expect((await ben.caller.groups.get({ groupId })).role).toBe("member");
    // The owner following their own link is not counted either.
    expect(await owner.caller.groups.join({ token })).toEqual({ groupId, joined: false });
    expect((await inviteRows(handle.db, groupId)).find((i) => i.id === id)?.uses).toBe(1);
  });

  it("refuses an expired link, saying it expired", async () => {
    const { owner, groupId } = await ownedGroup();
    const invite = await inviteToken(owner, groupId, { expiresInDays: 1 });
    await expireInvite(handle.db, invite.id);
    const ben = await newPerson(handle.db, { name: "Ben" });

    expect(await ben.caller.groups.previewInvite({ token: invite.token })).toMatchObject({
      groupId,
      problem: EXPIRED,
      alreadyMember: false,
    });
    const refused = await refusalOf(ben.caller.groups.join({ token: invite.token }));
    expect(refused).toMatchObject({
      code: "BAD_REQUEST",
      message: EXPIRED,
      fieldErrors: { token: [EXPIRED] },
    });
    expect(await memberIds(groupId)).toEqual([owner.id]);
    expect((await inviteRows(handle.db, groupId))[0]?.uses).toBe(0);
    expect(await owner.caller.groups.invites({ groupId })).toEqual([]);
  });

  it("refuses a revoked link, saying it was withdrawn", async () => {
    const { owner, groupId } = await ownedGroup();
    const invite = await inviteToken(owner, groupId);
    expect(await owner.caller.groups.revokeInvite({ groupId, inviteId: invite.id })).toEqual({
      revoked: true,
    });
    const ben = await newPerson(handle.db, { name: "Ben" });

    expect((await ben.caller.groups.previewInvite({ token: invite.token })).problem).toBe(
      WITHDRAWN,
    );
    const refused = await refusalOf(ben.caller.groups.join({ token: invite.token }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: WITHDRAWN });
    expect(await memberIds(groupId)).toEqual([owner.id]);
    expect(await owner.caller.groups.invites({ groupId })).toEqual([]);
  });

  it("refuses a used-up link, saying it was used as many times as it allows", async () => {
    const { owner, groupId } = await ownedGroup();
    const invite = await inviteToken(owner, groupId, { maxUses: 1 });
    const ben = await newPerson(handle.db, { name: "Ben" });
    const cleo = await newPerson(handle.db, { name: "Cleo" });

    expect(await ben.caller.groups.join({ token: invite.token })).toMatchObject({ joined: true });
    expect((await cleo.caller.groups.previewInvite({ token: invite.token })).problem).toBe(USED_UP);
    const refused = await refusalOf(cleo.caller.groups.join({ token: invite.token }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: USED_UP });
    expect(await memberIds(groupId)).toEqual([ben.id, owner.id].sort());
    expect((await inviteRows(handle.db, groupId))[0]?.uses).toBe(1);
  });

  it("answers a made-up token with NOT_FOUND, and a truncated one with a message for the field", async () => {
    const { owner, groupId } = await ownedGroup();
    await inviteToken(owner, groupId);
    const ben = await newPerson(handle.db, { name: "Ben" });
    const garbage = "not-a-real-invitation-token-at-all";

    for (const call of [
      () => ben.caller.groups.previewInvite({ token: garbage }),
      () => ben.caller.groups.join({ token: garbage }),
    ]) {
      expect(await refusalOf(call())).toMatchObject({
        code: "NOT_FOUND",
        message: "This invitation link is not valid. Check that you copied all of it.",
      });
    }
    expect(await refusalOf(ben.caller.groups.join({ token: "abc" }))).toMatchObject(
      fieldRefusal("token", "That invitation link is not complete"),
    );
    expect(await memberIds(groupId)).toEqual([owner.id]);
    expect(await ben.caller.groups.list()).toEqual([]);
  });

  it("lets in exactly as many people as it allows, however many click at once", async () => {
    const { owner, groupId } = await ownedGroup();
    const invite = await inviteToken(owner, groupId, { maxUses: 3 });
    const people: Person[] = [];
    for (const name of ["Ben", "Cleo", "Dana", "Eli", "Fay", "Gus"]) {
      people.push(await newPerson(handle.db, { name }));
    }

    const results = await Promise.allSettled(
      people.map((person) => person.caller.groups.join({ token: invite.token })),
    );
    const joined = results.filter((r) => r.status === "fulfilled");
    expect(joined).toHaveLength(3);
    for (const result of joined) expect(result.value).toEqual({ groupId, joined: true });
    const refused = await Promise.all(
      results
        .filter((r) => r.status === "rejected")
        .map((r) => refusalOf(Promise.reject(r.reason))),
    );
    expect(refused).toHaveLength(3);
    for (const refusal of refused) expect(refusal).toMatchObject({ message: USED_UP });

    expect(await memberIds(groupId)).toHaveLength(4);
    expect((await inviteRows(handle.db, groupId))[0]?.uses).toBe(3);
    expect((await owner.caller.groups.get({ groupId })).members).toHaveLength(4);
  });

  it("counts one use when the same person clicks the link several times at once", async () => {
    const { owner, groupId } = await ownedGroup();
    const invite = await inviteToken(owner, groupId, { maxUses: 3 });
    const ben = await newPerson(handle.db, { name: "Ben" });

    const results = await Promise.allSettled(
      [1, 2, 3].map(() => ben.caller.groups.join({ token: invite.token })),
    );

    // Ben is in the group once, and the other seats of the link are still free for others.
    expect(await memberIds(groupId)).toEqual([ben.id, owner.id].sort());
    expect((await inviteRows(handle.db, groupId))[0]?.uses).toBe(1);
    // One click joined; the others found Ben already in (no error saying the link is used up).
    expect(
      results.map((r) => (r.status === "fulfilled" ? r.value.joined : "refused")).sort(),
    ).toEqual([false, false, true]);
  });

  it("lists only the live links to the owner", async () => {
    const { owner, groupId } = await ownedGroup();
    const live = await inviteToken(owner, groupId, { maxUses: 4 });
    const revoked = await inviteToken(owner, groupId);
    const expired = await inviteToken(owner, groupId);
    const usedUp = await inviteToken(owner, groupId, { maxUses: 1 });
    await owner.caller.groups.revokeInvite({ groupId, inviteId: revoked.id });
    await expireInvite(handle.db, expired.id);
    const ben = await newPerson(handle.db, { name: "Ben" });
    await ben.caller.groups.join({ token: usedUp.token });
    const cleo = await newPerson(handle.db, { name: "Cleo" });
    await cleo.caller.groups.join({ token: live.token });

    expect(await owner.caller.groups.invites({ groupId })).toEqual([
      { id: live.id, expiresAt: live.expiresAt, maxUses: 4, uses: 1 },
    ]);
  });
});

/**
 * Each call that manages a group's invitation links (create, list, revoke), made by `person`:
 * every one refused as `refusal`, and the group's links as they were.
 */
async function expectManagingRefused(
  person: Person,
  group: { owner: Person; groupId: string },
  refusal: { code: string; message: string },
) {
  const { groupId } = group;
  const invite = await inviteToken(group.owner, groupId);
  const before = await inviteRows(handle.db, groupId);
  const calls = [
    () => person.caller.groups.createInvite({ groupId, expiresInDays: 7, maxUses: 10 }),
    () => person.caller.groups.invites({ groupId }),
    () => person.caller.groups.revokeInvite({ groupId, inviteId: invite.id }),
  ];
  for (const call of calls) {
    expect(await refusalOf(call())).toMatchObject(refusal);
  }
  expect(await inviteRows(handle.db, groupId)).toEqual(before);
}

describe("managing invitations is the owner's", () => {
  it("refuses a member creating, listing or revoking links, and changes nothing", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const ben = await newPerson(handle.db, { name: "Ben" });
    const groupId = await groupOf(owner, [ben]);
    await expectManagingRefused(
      ben,
      { owner, groupId },
      {
        code: "FORBIDDEN",
        message: "Only the group's owner can do that.",
      },
    );
  });

  it("refuses a non-member with NOT_FOUND and changes nothing", async () => {
    const group = await ownedGroup();
    const outsider = await newPerson(handle.db, { name: "Olly" });
    await expectManagingRefused(outsider, group, {
      code: "NOT_FOUND",
      message: "That group was not found.",
    });
  });

  it("does not let an owner revoke another group's link through their own group", async () => {
    const { owner, groupId } = await ownedGroup();
    const invite = await inviteToken(owner, groupId);
    const other = await ownedGroup("Other club");
    const before = await inviteRows(handle.db, groupId);

    expect(
      await refusalOf(
        other.owner.caller.groups.revokeInvite({ groupId: other.groupId, inviteId: invite.id }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "That invitation was not found." });
    expect(await inviteRows(handle.db, groupId)).toEqual(before);
    const ben = await newPerson(handle.db, { name: "Ben" });
    expect(await ben.caller.groups.join({ token: invite.token })).toMatchObject({ joined: true });
  });

  it("refuses links outside the allowed lifetime and number of uses", async () => {
    const { owner, groupId } = await ownedGroup();
    const cases = [
      [{ expiresInDays: 0, maxUses: 1 }, "expiresInDays"],
      [{ expiresInDays: 31, maxUses: 1 }, "expiresInDays"],
      [{ expiresInDays: 1, maxUses: 0 }, "maxUses"],
      [{ expiresInDays: 1, maxUses: 101 }, "maxUses"],
    ] as const;
    for (const [input, field] of cases) {
      const refused = await refusalOf(owner.caller.groups.createInvite({ groupId, ...input }));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(Object.keys(refused.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await inviteRows(handle.db, groupId)).toEqual([]);
  });
});
