import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { notFound, refusalOf } from "../../testing/caller";
import {
  clientId,
  commentRows,
  postComment,
  shareCheckin,
  talkOn,
  threeMembersAndACheckin,
} from "../../testing/groups";

// Comments (the social router) on check-ins shared with a group.

const handle = useTestDatabase();

const COMMENT_NOT_FOUND = notFound("comment");

const setUp = () => threeMembersAndACheckin(handle.db);

describe("comments", () => {
  it("lets a member comment on another member's shared check-in, and reply to it", async () => {
    const { ava, ben, cleo, groupId, checkinId } = await setUp();
    const first = await postComment(ben, checkinId, "Great consistency!");
    const reply = await postComment(ava, checkinId, "Thanks, Ben", first);

    const thread = await cleo.caller.social.thread({ checkinId });
    expect(thread.comments).toEqual([
      expect.objectContaining({
        id: first,
        parentId: null,
        authorName: "Ben",
        body: "Great consistency!",
        edited: false,
        mine: false,
        canDelete: false,
        replies: [
          expect.objectContaining({
            id: reply,
            parentId: first,
            authorName: "Ava",
            body: "Thanks, Ben",
            mine: false,
            canDelete: false,
          }),
        ],
      }),
    ]);
    // The author may delete their comment; so may the owner of the check-in it is on.
    const asBen = await ben.caller.social.thread({ checkinId });
    expect(asBen.comments[0]).toMatchObject({ mine: true, canDelete: true });
    const asAva = await ava.caller.social.thread({ checkinId });
    expect(asAva.comments[0]).toMatchObject({ mine: false, canDelete: true });
    // The group's feed carries the same thread.
    const feed = await cleo.caller.groups.feed({ groupId });
    expect(feed.items.find((item) => item.id === checkinId)?.comments).toEqual(thread.comments);
  });

  it("posts a comment once however often the same form is sent", async () => {
    const { ben, checkinId } = await setUp();
    const input = { checkinId, parentId: null, body: "Nice!", clientId: clientId() };

    const first = await ben.caller.social.comment(input);
    const retry = await ben.caller.social.comment(input);
    expect(retry).toEqual(first);
    expect((await commentRows(handle.db, checkinId)).map((c) => c.id)).toEqual([first.id]);
  });

  it("refuses a reply to a reply: threads go one level deep", async () => {
    const { ava, ben, cleo, checkinId } = await setUp();
    const first = await postComment(ben, checkinId, "Great week");
    const reply = await postComment(ava, checkinId, "Thanks!", first);
    const before = await talkOn(handle.db, checkinId);

    const refused = await refusalOf(
      cleo.caller.social.comment({
        checkinId,
        parentId: reply,
        body: "Agreed",
        clientId: clientId(),
      }),
    );
    expect(refused).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: {
        parentId: ["Reply to the first comment of the thread; replies go one level deep."],
      },
    });
    expect(await talkOn(handle.db, checkinId)).toEqual(before);
  });

  it("refuses a reply to a comment on another check-in", async () => {
    const { ava, ben, checkinId } = await setUp();
    const other = await shareCheckin(handle.db, ben, "2026-03-02");
    const elsewhere = await postComment(ava, other.id, "On Ben's week");

    expect(
      await refusalOf(
        ben.caller.social.comment({
          checkinId,
          parentId: elsewhere,
          body: "Hm",
          clientId: clientId(),
        }),
      ),
    ).toMatchObject(COMMENT_NOT_FOUND);
    expect(await commentRows(handle.db, checkinId)).toEqual([]);
  });

  it("lets the author edit their comment, and shows it as edited", async () => {
    const { ben, cleo, checkinId } = await setUp();
    const id = await postComment(ben, checkinId, "Nice wekk");

    expect(await ben.caller.social.editComment({ commentId: id, body: "  Nice week  " })).toEqual({
      id,
    });

    const [shown] = (await cleo.caller.social.thread({ checkinId })).comments;
    expect(shown).toMatchObject({ id, body: "Nice week", edited: true });
    const [row] = await commentRows(handle.db, checkinId);
    expect(row?.editedAt).toBeInstanceOf(Date);
  });

  it("refuses an edit of someone else's comment, even by the check-in's owner, and keeps it", async () => {
    const { ava, ben, cleo, checkinId } = await setUp();
    const id = await postComment(ben, checkinId, "Ben's words");
    const before = await talkOn(handle.db, checkinId);

    for (const editor of [cleo, ava]) {
      expect(
        await refusalOf(
          editor.caller.social.editComment({ commentId: id, body: "Not Ben's words" }),
        ),
      ).toMatchObject({ code: "FORBIDDEN", message: "You can only edit your own comments." });
    }
    expect(await talkOn(handle.db, checkinId)).toEqual(before);
    expect((await ava.caller.social.thread({ checkinId })).comments[0]).toMatchObject({
      body: "Ben's words",
      edited: false,
    });
  });

  it("lets the check-in's owner delete others' comments on it, but not a third member", async () => {
    const { ava, ben, cleo, checkinId } = await setUp();
    const bens = await postComment(ben, checkinId, "Ben here");
    const cleos = await postComment(cleo, checkinId, "Cleo here");
    const before = await talkOn(handle.db, checkinId);

    expect(await refusalOf(cleo.caller.social.deleteComment({ commentId: bens }))).toMatchObject({
      code: "FORBIDDEN",
      message: "You can only delete your own comments, or comments on your own check-in or goal.",
    });
    expect(await talkOn(handle.db, checkinId)).toEqual(before);

    expect(await ava.caller.social.deleteComment({ commentId: bens })).toEqual({ id: bens });
    expect((await commentRows(handle.db, checkinId)).map((c) => c.id)).toEqual([cleos]);
    // And the author may delete their own.
    expect(await cleo.caller.social.deleteComment({ commentId: cleos })).toEqual({ id: cleos });
    expect(await commentRows(handle.db, checkinId)).toEqual([]);
  });

  it("deletes a comment's replies with it", async () => {
    const { ava, ben, cleo, checkinId } = await setUp();
    const first = await postComment(ben, checkinId, "Top");
    await postComment(cleo, checkinId, "Reply", first);
    await ava.caller.social.deleteComment({ commentId: first });
    expect(await commentRows(handle.db, checkinId)).toEqual([]);
  });

  it("keeps HTML and script in a comment as plain text, exactly as written", async () => {
    const { ben, cleo, checkinId } = await setUp();
    const body = `<script>alert("hi")</script><img src=x onerror="steal()"> & <b>bold</b>`;
    const id = await postComment(ben, checkinId, body);

    expect((await commentRows(handle.db, checkinId))[0]?.body).toBe(body);
    expect((await cleo.caller.social.thread({ checkinId })).comments[0]).toMatchObject({
      id,
      body,
    });
  });

  it("refuses an empty or too long comment with a message for the body, and saves nothing", async () => {
    const { ben, checkinId } = await setUp();
    const cases = [
      ["", "Write a comment"],
      ["   \n ", "Write a comment"],
      ["x".repeat(2001), "Keep a comment to 2,000 characters"],
    ] as const;
    for (const [body, message] of cases) {
      const refused = await refusalOf(
        ben.caller.social.comment({ checkinId, parentId: null, body, clientId: clientId() }),
      );
      // The sentence is the field's own message: the field's name ("body") never leaks into it.
      expect(refused).toMatchObject({
        code: "BAD_REQUEST",
        message,
        fieldErrors: { body: [message] },
      });
    }
    expect(await commentRows(handle.db, checkinId)).toEqual([]);

    // 2,000 characters is fine; an edit is held to the same rules.
    const id = await postComment(ben, checkinId, "y".repeat(2000));
    const before = await commentRows(handle.db, checkinId);
    for (const [body, message] of cases) {
      expect(await refusalOf(ben.caller.social.editComment({ commentId: id, body }))).toMatchObject(
        {
          code: "BAD_REQUEST",
          fieldErrors: { body: [message] },
        },
      );
    }
    expect(await commentRows(handle.db, checkinId)).toEqual(before);
  });
});
