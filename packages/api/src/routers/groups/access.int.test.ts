import { createGoal } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, refusalOf } from "../../testing/caller";
import {
  clientId,
  groupInput,
  groupOf,
  inviteToken,
  shareCheckin,
  stateOf,
} from "../../testing/groups";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

/**
 * Ava owns a group with Ben in it, a live invitation link, a shared check-in with a comment and
 * a reaction on it, and a goal of hers (shown to her groups) with a comment of her own on it:
 * something for every procedure to reach for.
 */
async function setUp() {
  const ava = await newPerson(handle.db, { name: "Ava" });
  const ben = await newPerson(handle.db, { name: "Ben" });
  const groupId = await groupOf(ava, [ben]);
  const invite = await inviteToken(ava, groupId);
  const checkin = await shareCheckin(handle.db, ava, "2026-03-02", {
    wentWell: "A secret-ish week",
  });
  const comment = await ben.caller.social.comment({
    checkinId: checkin.id,
    parentId: null,
    body: "Well done",
    clientId: clientId(),
  });
  await ben.caller.social.react({ checkinId: checkin.id, kind: "clap" });
  if (!comment.id) throw new Error("comment returned no id");
  const goal = await createGoal(handle.db, {
    athleteId: ava.id,
    level: "meso",
    title: "A secret-ish block",
    periodStart: "2026-03-02",
    periodEnd: "2026-04-12",
    visibility: "groups",
  });
  await ava.caller.social.goalComment({
    goalId: goal.id,
    parentId: null,
    body: "Legs feel heavy",
    clientId: clientId(),
  });
  return {
    ava,
    ben,
    groupId,
    invite,
    checkinId: checkin.id,
    commentId: comment.id,
    goalId: goal.id,
  };
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

/** One call of every groups and social procedure, with valid input, as `caller`. */
function everyProcedure(caller: ReturnType<typeof callerFor>, fx: Fixture) {
  const { groupId, checkinId, commentId, goalId } = fx;
  return {
    "groups.list": () => caller.groups.list(),
    "groups.create": () => caller.groups.create(groupInput()),
    "groups.get": () => caller.groups.get({ groupId }),
    "groups.update": () => caller.groups.update({ groupId, ...groupInput({ name: "Renamed" }) }),
    "groups.leave": () => caller.groups.leave({ groupId }),
    "groups.removeMember": () => caller.groups.removeMember({ groupId, userId: fx.ben.id }),
    "groups.transferOwnership": () =>
      caller.groups.transferOwnership({ groupId, userId: fx.ben.id }),
    "groups.createInvite": () =>
      caller.groups.createInvite({ groupId, expiresInDays: 7, maxUses: 10 }),
    "groups.inviteByEmail": () =>
      caller.groups.inviteByEmail({ groupId, email: "someone@test.stride.example" }),
    "groups.invites": () => caller.groups.invites({ groupId }),
    "groups.revokeInvite": () => caller.groups.revokeInvite({ groupId, inviteId: fx.invite.id }),
    "groups.previewInvite": () => caller.groups.previewInvite({ token: fx.invite.token }),
    "groups.join": () => caller.groups.join({ token: fx.invite.token }),
    "groups.feed": () => caller.groups.feed({ groupId }),
    "groups.notCheckedIn": () => caller.groups.notCheckedIn({ groupId }),
    // A subscription: its middleware runs when it is called, before any event is sent.
    "groups.live": () => caller.groups.live({ groupId, lastEventId: null }),
    "social.thread": () => caller.social.thread({ checkinId }),
    "social.comment": () =>
      caller.social.comment({ checkinId, parentId: null, body: "Hello", clientId: clientId() }),
    "social.editComment": () => caller.social.editComment({ commentId, body: "Changed" }),
    "social.deleteComment": () => caller.social.deleteComment({ commentId }),
    "social.react": () => caller.social.react({ checkinId, kind: "clap" }),
    // Comments on a goal: only for the goal's owner and their coach.
    "social.goalThread": () => caller.social.goalThread({ goalId }),
    "social.goalComment": () =>
      caller.social.goalComment({ goalId, parentId: null, body: "Hello", clientId: clientId() }),
  };
}

/** Every comment on the goal, straight from the table. */
function goalCommentRows(goalId: string) {
  return handle.db.query.comments.findMany({
    where: (comment, { eq }) => eq(comment.goalId, goalId),
    orderBy: (comment, { asc }) => [asc(comment.createdAt), asc(comment.id)],
  });
}

describe("groups and social procedures", () => {
  it("cover every procedure of both routers here", async () => {
    const fx = await setUp();
    const covered = Object.keys(everyProcedure(callerFor(handle.db, null), fx)).sort();
    const { appRouter } = await import("../../root");
    const procedures = Object.keys(appRouter._def.procedures)
      .filter((path) => path.startsWith("groups.") || path.startsWith("social."))
      .sort();
    expect(covered).toEqual(procedures);
  });

  it("refuse anonymous callers with UNAUTHORIZED and change nothing", async () => {
    const fx = await setUp();
    const before = await stateOf(handle.db, fx.groupId, fx.checkinId);
    const goalCommentsBefore = await goalCommentRows(fx.goalId);

    for (const [name, call] of Object.entries(everyProcedure(callerFor(handle.db, null), fx))) {
      const refusal = await refusalOf(call());
      expect({ name, code: refusal.code, message: refusal.message }).toEqual({
        name,
        code: "UNAUTHORIZED",
        message: "Sign in to continue.",
      });
    }
    expect(await stateOf(handle.db, fx.groupId, fx.checkinId)).toEqual(before);
    expect(await goalCommentRows(fx.goalId)).toEqual(goalCommentsBefore);
  });

  it("answer NOT_FOUND to a signed-in stranger for the group and its talk, and change nothing", async () => {
    const fx = await setUp();
    const stranger = await newPerson(handle.db, { name: "Olly" });
    const before = await stateOf(handle.db, fx.groupId, fx.checkinId);
    const goalCommentsBefore = await goalCommentRows(fx.goalId);
    // Open to anyone holding a link, or about the stranger's own groups.
    const open = ["groups.list", "groups.create", "groups.previewInvite", "groups.join"];

    for (const [name, call] of Object.entries(everyProcedure(stranger.caller, fx))) {
      if (open.includes(name)) continue;
      const refusal = await refusalOf(call());
      expect({ name, code: refusal.code }).toEqual({ name, code: "NOT_FOUND" });
      const text = JSON.stringify(refusal);
      for (const secret of [
        "Dawn Patrol",
        "A secret-ish week",
        "Well done",
        "A secret-ish block",
        "Legs feel heavy",
        "Ava",
        "Ben",
      ]) {
        expect(text).not.toContain(secret);
      }
    }
    expect(await stateOf(handle.db, fx.groupId, fx.checkinId)).toEqual(before);
    expect(await goalCommentRows(fx.goalId)).toEqual(goalCommentsBefore);
    expect(await stranger.caller.groups.list()).toEqual([]);
  });

  it("answer NOT_FOUND to a group member for another member's goal comments, even on a goal shown to groups", async () => {
    const fx = await setUp();
    const before = await goalCommentRows(fx.goalId);
    const calls = everyProcedure(fx.ben.caller, fx);

    for (const name of ["social.goalThread", "social.goalComment"] as const) {
      const refusal = await refusalOf(calls[name]());
      expect({ name, code: refusal.code, message: refusal.message }).toEqual({
        name,
        code: "NOT_FOUND",
        message: "That goal was not found.",
      });
      const text = JSON.stringify(refusal);
      for (const secret of ["A secret-ish block", "Legs feel heavy"]) {
        expect(text).not.toContain(secret);
      }
    }
    expect(await goalCommentRows(fx.goalId)).toEqual(before);
    // The goal's owner reads the thread she started.
    const thread = await fx.ava.caller.social.goalThread({ goalId: fx.goalId });
    expect(thread.comments.map((c) => c.body)).toEqual(["Legs feel heavy"]);
  });
});
