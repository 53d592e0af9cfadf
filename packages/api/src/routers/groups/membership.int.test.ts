import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { notFound, refusalOf } from "../../testing/caller";
import {
  clientId,
  commentRows,
  groupOf,
  groupRow,
  inviteRows,
  inviteToken,
  memberRows,
  reactionRows,
  shareCheckin,
  threeMembers,
} from "../../testing/groups";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

const GROUP_NOT_FOUND = notFound("group");
const WEEK = "2026-03-02";

/** Who is in the group, with what role, sorted by name. */
async function roster(groupId: string, names: Record<string, string>) {
  return (await memberRows(handle.db, groupId)).map((m) => `${names[m.userId]}:${m.role}`).sort();
}

describe("leaving a group", () => {
  it("takes a member's access away at once", async () => {
    const { ava, ben, groupId } = await threeMembers(handle.db);
    await shareCheckin(handle.db, ava, WEEK);
    expect((await ben.caller.groups.feed({ groupId })).items).toHaveLength(1);

    expect(await ben.caller.groups.leave({ groupId })).toEqual({ left: true, closed: false });

    expect(await refusalOf(ben.caller.groups.get({ groupId }))).toMatchObject(GROUP_NOT_FOUND);
    expect(await refusalOf(ben.caller.groups.feed({ groupId }))).toMatchObject(GROUP_NOT_FOUND);
    expect(await refusalOf(ben.caller.groups.notCheckedIn({ groupId }))).toMatchObject(
      GROUP_NOT_FOUND,
    );
    expect(await refusalOf(ben.caller.groups.leave({ groupId }))).toMatchObject(GROUP_NOT_FOUND);
    expect(await ben.caller.groups.list()).toEqual([]);
    expect((await ava.caller.groups.list())[0]?.members).toBe(2);
  });

  it("refuses the owner while others remain, and leaves everything as it was", async () => {
    const { ava, groupId } = await threeMembers(handle.db);
    const before = {
      group: await groupRow(handle.db, groupId),
      members: await memberRows(handle.db, groupId),
    };

    expect(await refusalOf(ava.caller.groups.leave({ groupId }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "Hand the group to another member before you leave, so it keeps an owner.",
    });
    expect({
      group: await groupRow(handle.db, groupId),
      members: await memberRows(handle.db, groupId),
    }).toEqual(before);
  });

  it("lets the owner leave after handing the group to a member", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    const names = { [ava.id]: "Ava", [ben.id]: "Ben", [cleo.id]: "Cleo" };

    expect(await ava.caller.groups.transferOwnership({ groupId, userId: ben.id })).toEqual({
      ownerId: ben.id,
    });
    expect(await roster(groupId, names)).toEqual(["Ava:member", "Ben:owner", "Cleo:member"]);
    expect((await ava.caller.groups.get({ groupId })).role).toBe("member");
    expect((await ben.caller.groups.get({ groupId })).role).toBe("owner");
    // The old owner now has a member's rights only.
    expect(
      await refusalOf(ava.caller.groups.createInvite({ groupId, expiresInDays: 1, maxUses: 1 })),
    ).toMatchObject({
      code: "FORBIDDEN",
      message: "Only the group's owner can do that.",
    });

    expect(await ava.caller.groups.leave({ groupId })).toEqual({ left: true, closed: false });
    expect(await roster(groupId, names)).toEqual(["Ben:owner", "Cleo:member"]);
    expect(await refusalOf(ava.caller.groups.get({ groupId }))).toMatchObject(GROUP_NOT_FOUND);
  });

  it("closes the group when its last member leaves", async () => {
    const ava = await newPerson(handle.db, { name: "Ava" });
    const groupId = await groupOf(ava, []);
    await inviteToken(ava, groupId);

    expect(await ava.caller.groups.leave({ groupId })).toEqual({ left: true, closed: true });

    expect(await groupRow(handle.db, groupId)).toBeUndefined();
    expect(await memberRows(handle.db, groupId)).toEqual([]);
    expect(await inviteRows(handle.db, groupId)).toEqual([]);
    expect(await ava.caller.groups.list()).toEqual([]);
    expect(await refusalOf(ava.caller.groups.get({ groupId }))).toMatchObject(GROUP_NOT_FOUND);
  });

  it("closes the group when the owner leaves after everyone else did", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    await ben.caller.groups.leave({ groupId });
    await cleo.caller.groups.leave({ groupId });
    expect(await ava.caller.groups.leave({ groupId })).toEqual({ left: true, closed: true });
    expect(await groupRow(handle.db, groupId)).toBeUndefined();
  });
});

describe("handing the group on", () => {
  it("only to a member other than the owner, and only by the owner", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    const outsider = await newPerson(handle.db, { name: "Olly" });
    const before = await memberRows(handle.db, groupId);

    for (const userId of [outsider.id, ava.id, randomUUID()]) {
      expect(
        await refusalOf(ava.caller.groups.transferOwnership({ groupId, userId })),
      ).toMatchObject({ code: "NOT_FOUND", message: "That member was not found." });
    }
    expect(
      await refusalOf(ben.caller.groups.transferOwnership({ groupId, userId: ben.id })),
    ).toMatchObject({ code: "FORBIDDEN", message: "Only the group's owner can do that." });
    expect(
      await refusalOf(outsider.caller.groups.transferOwnership({ groupId, userId: cleo.id })),
    ).toMatchObject(GROUP_NOT_FOUND);

    expect(await memberRows(handle.db, groupId)).toEqual(before);
  });

  it("always leaves exactly one owner", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    await ava.caller.groups.transferOwnership({ groupId, userId: ben.id });
    await ben.caller.groups.transferOwnership({ groupId, userId: cleo.id });

    const owners = (await memberRows(handle.db, groupId)).filter((m) => m.role === "owner");
    expect(owners.map((m) => m.userId)).toEqual([cleo.id]);
    expect(await memberRows(handle.db, groupId)).toHaveLength(3);
  });
});

describe("removing a member", () => {
  it("takes away the group, its feed and the talk on its members' check-ins", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    const avas = await shareCheckin(handle.db, ava, WEEK);
    const cleos = await shareCheckin(handle.db, cleo, WEEK);
    await ben.caller.social.comment({
      checkinId: avas.id,
      parentId: null,
      body: "Nice week!",
      clientId: clientId(),
    });

    expect(await ava.caller.groups.removeMember({ groupId, userId: ben.id })).toEqual({
      removed: true,
    });

    expect(await refusalOf(ben.caller.groups.get({ groupId }))).toMatchObject(GROUP_NOT_FOUND);
    expect(await refusalOf(ben.caller.groups.feed({ groupId }))).toMatchObject(GROUP_NOT_FOUND);
    const comments = await commentRows(handle.db, avas.id);
    for (const checkin of [avas, cleos]) {
      for (const call of [
        () =>
          ben.caller.social.comment({
            checkinId: checkin.id,
            parentId: null,
            body: "Still here?",
            clientId: clientId(),
          }),
        () => ben.caller.social.react({ checkinId: checkin.id, kind: "kudos" }),
        () => ben.caller.social.thread({ checkinId: checkin.id }),
      ]) {
        expect(await refusalOf(call())).toMatchObject({
          code: "NOT_FOUND",
          message: "That check-in was not found.",
        });
      }
      expect(await reactionRows(handle.db, checkin.id)).toEqual([]);
    }
    expect(await commentRows(handle.db, avas.id)).toEqual(comments);
    expect(await commentRows(handle.db, cleos.id)).toEqual([]);
    // Nor can he edit what he wrote while he was in.
    expect(comments).toHaveLength(1);
    for (const { id } of comments) {
      expect(
        await refusalOf(ben.caller.social.editComment({ commentId: id, body: "Edited later" })),
      ).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusalOf(ben.caller.social.deleteComment({ commentId: id }))).toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await commentRows(handle.db, avas.id)).toEqual(comments);
  });

  it("keeps what a removed member shares with people through another group", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    await groupOf(cleo, [ben], "Cleo's crew");
    const avas = await shareCheckin(handle.db, ava, WEEK);
    const cleos = await shareCheckin(handle.db, cleo, WEEK);

    await ava.caller.groups.removeMember({ groupId, userId: ben.id });

    expect(
      await refusalOf(ben.caller.social.react({ checkinId: avas.id, kind: "fire" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await ben.caller.social.react({ checkinId: cleos.id, kind: "fire" })).toEqual({
      kind: "fire",
      added: true,
    });
    const comment = await ben.caller.social.comment({
      checkinId: cleos.id,
      parentId: null,
      body: "See you Saturday",
      clientId: clientId(),
    });
    expect((await commentRows(handle.db, cleos.id)).map((c) => c.id)).toEqual([comment.id]);
  });

  it("takes a removed member's shared check-ins out of the group's feed", async () => {
    const { ava, ben, groupId } = await threeMembers(handle.db);
    const bens = await shareCheckin(handle.db, ben, WEEK);
    expect((await ava.caller.groups.feed({ groupId })).items.map((i) => i.id)).toEqual([bens.id]);

    await ava.caller.groups.removeMember({ groupId, userId: ben.id });
    expect((await ava.caller.groups.feed({ groupId })).items).toEqual([]);
    expect(await refusalOf(ava.caller.social.thread({ checkinId: bens.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("answers NOT_FOUND for someone who is not a member, and changes nothing", async () => {
    const { ava, groupId } = await threeMembers(handle.db);
    const outsider = await newPerson(handle.db, { name: "Olly" });
    const before = await memberRows(handle.db, groupId);

    for (const userId of [outsider.id, randomUUID()]) {
      expect(await refusalOf(ava.caller.groups.removeMember({ groupId, userId }))).toMatchObject({
        code: "NOT_FOUND",
        message: "That member was not found.",
      });
    }
    expect(
      await refusalOf(ava.caller.groups.removeMember({ groupId, userId: ava.id })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: "Leave the group instead of removing yourself.",
    });
    expect(await memberRows(handle.db, groupId)).toEqual(before);
  });

  it("is the owner's alone", async () => {
    const { ben, cleo, groupId } = await threeMembers(handle.db);
    const outsider = await newPerson(handle.db, { name: "Olly" });
    const before = await memberRows(handle.db, groupId);

    expect(
      await refusalOf(ben.caller.groups.removeMember({ groupId, userId: cleo.id })),
    ).toMatchObject({
      code: "FORBIDDEN",
      message: "Only the group's owner can do that.",
    });
    expect(
      await refusalOf(outsider.caller.groups.removeMember({ groupId, userId: cleo.id })),
    ).toMatchObject(GROUP_NOT_FOUND);
    expect(await memberRows(handle.db, groupId)).toEqual(before);
  });
});
