import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { fieldRefusal, notFound, refusalOf } from "../../testing/caller";
import {
  clientId,
  postComment,
  reactionRows,
  setVisibility,
  shareCheckin,
  talkOn,
  threeMembersAndACheckin,
} from "../../testing/groups";
import { newPerson } from "../../testing/people";

// Reactions (the social router), and who may talk about a check-in at all.

const handle = useTestDatabase();

const CHECKIN_NOT_FOUND = notFound("check-in");
const COMMENT_NOT_FOUND = notFound("comment");

const setUp = () => threeMembersAndACheckin(handle.db);

describe("reactions", () => {
  it("toggles: reacting twice takes the reaction back", async () => {
    const { ben, checkinId } = await setUp();
    expect(await ben.caller.social.react({ checkinId, kind: "kudos" })).toEqual({
      kind: "kudos",
      added: true,
    });
    expect(await reactionRows(handle.db, checkinId)).toHaveLength(1);
    expect(await ben.caller.social.react({ checkinId, kind: "kudos" })).toEqual({
      kind: "kudos",
      added: false,
    });
    expect(await reactionRows(handle.db, checkinId)).toEqual([]);
    const kudos = (await ben.caller.social.thread({ checkinId })).reactions.find(
      (r) => r.kind === "kudos",
    );
    expect(kudos).toEqual({ kind: "kudos", count: 0, names: [], mine: false });
  });

  it("keeps one of each kind per person and names who reacted", async () => {
    const { ava, ben, cleo, checkinId } = await setUp();
    await ben.caller.social.react({ checkinId, kind: "kudos" });
    await ben.caller.social.react({ checkinId, kind: "fire" });
    await ben.caller.social.react({ checkinId, kind: "heart" });
    await cleo.caller.social.react({ checkinId, kind: "kudos" });
    await ava.caller.social.react({ checkinId, kind: "strong" });
    // Ben takes back only his heart.
    await ben.caller.social.react({ checkinId, kind: "heart" });

    const names = { [ava.id]: "Ava", [ben.id]: "Ben", [cleo.id]: "Cleo" };
    const rows = await reactionRows(handle.db, checkinId);
    expect(rows.map((r) => `${names[r.userId]}:${r.kind}`).sort()).toEqual([
      "Ava:strong",
      "Ben:fire",
      "Ben:kudos",
      "Cleo:kudos",
    ]);

    const asCleo = (await cleo.caller.social.thread({ checkinId })).reactions;
    expect(asCleo).toEqual([
      { kind: "kudos", count: 2, names: ["Ben", "Cleo"], mine: true },
      { kind: "fire", count: 1, names: ["Ben"], mine: false },
      { kind: "heart", count: 0, names: [], mine: false },
      { kind: "clap", count: 0, names: [], mine: false },
      { kind: "strong", count: 1, names: ["Ava"], mine: false },
    ]);
  });

  it("refuses a kind that does not exist", async () => {
    const { ben, checkinId } = await setUp();
    // As a tampered request would send it: the type does not allow it.
    const angry = "angry" as unknown as "kudos";
    const refused = await refusalOf(ben.caller.social.react({ checkinId, kind: angry }));
    expect(refused).toMatchObject(fieldRefusal("kind", "Pick one of the reactions"));
    expect(await reactionRows(handle.db, checkinId)).toEqual([]);
  });
});

describe("who may talk about a check-in", () => {
  it("answers NOT_FOUND to a stranger for everything, and changes nothing", async () => {
    const { ben, checkinId } = await setUp();
    const bens = await postComment(ben, checkinId, "Ben was here");
    await ben.caller.social.react({ checkinId, kind: "fire" });
    const stranger = await newPerson(handle.db, { name: "Olly" });
    const before = await talkOn(handle.db, checkinId);

    for (const call of [
      () => stranger.caller.social.thread({ checkinId }),
      () =>
        stranger.caller.social.comment({
          checkinId,
          parentId: null,
          body: "Hi",
          clientId: clientId(),
        }),
      () =>
        stranger.caller.social.comment({
          checkinId,
          parentId: bens,
          body: "Hi",
          clientId: clientId(),
        }),
      () => stranger.caller.social.react({ checkinId, kind: "kudos" }),
      () => stranger.caller.social.react({ checkinId, kind: "fire" }),
    ]) {
      const refusal = await refusalOf(call());
      expect(refusal).toEqual(
        await refusalOf(stranger.caller.social.thread({ checkinId: randomUUID() })),
      );
      expect(refusal).toMatchObject(CHECKIN_NOT_FOUND);
    }
    for (const call of [
      () => stranger.caller.social.editComment({ commentId: bens, body: "Mine now" }),
      () => stranger.caller.social.deleteComment({ commentId: bens }),
    ]) {
      const refusal = await refusalOf(call());
      expect(refusal).toMatchObject(COMMENT_NOT_FOUND);
      expect(JSON.stringify(refusal)).not.toContain("Ben was here");
    }
    expect(await talkOn(handle.db, checkinId)).toEqual(before);
    expect(before.comments).toHaveLength(1);
    expect(before.reactions).toHaveLength(1);
  });

  it("keeps a private or coach-only check-in from the athlete's group", async () => {
    const { ava, ben, cleo } = await setUp();
    const hidden = [
      await shareCheckin(handle.db, ava, "2026-03-09", { visibility: "private" }),
      await shareCheckin(handle.db, ava, "2026-03-16", { visibility: "coach" }),
    ];

    for (const { id: checkinId } of hidden) {
      for (const member of [ben, cleo]) {
        for (const call of [
          () => member.caller.social.thread({ checkinId }),
          () =>
            member.caller.social.comment({
              checkinId,
              parentId: null,
              body: "Hi",
              clientId: clientId(),
            }),
          () => member.caller.social.react({ checkinId, kind: "heart" }),
        ]) {
          expect(await refusalOf(call())).toMatchObject(CHECKIN_NOT_FOUND);
        }
      }
      expect(await talkOn(handle.db, checkinId)).toEqual({ comments: [], reactions: [] });
      // The athlete still sees their own.
      expect((await ava.caller.social.thread({ checkinId })).comments).toEqual([]);
    }
  });

  it("takes the talk away when the athlete makes a shared check-in private later", async () => {
    const { ava, ben, checkinId } = await setUp();
    const bens = await postComment(ben, checkinId, "Before it went private");
    await setVisibility(handle.db, checkinId, "private");

    expect(await refusalOf(ben.caller.social.thread({ checkinId }))).toMatchObject(
      CHECKIN_NOT_FOUND,
    );
    expect(
      await refusalOf(ben.caller.social.editComment({ commentId: bens, body: "Edit" })),
    ).toMatchObject(COMMENT_NOT_FOUND);
    // The athlete can still tidy up what was said.
    expect(await ava.caller.social.deleteComment({ commentId: bens })).toEqual({ id: bens });
  });
});
