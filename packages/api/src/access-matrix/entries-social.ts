import { expect } from "vitest";
import { say } from "./inputs";
import { type Entry, entry, only, ownerOnly } from "./matrix";

// Talk on check-ins and goals. A check-in shared with groups is read by the owner, their coach
// and fellow members; one shared with the coach by the owner and the coach; a private one by the
// owner. Goal threads are between the athlete and their coach: never a group (even for a goal
// shown to groups), never a private goal.

const groupsCheckin = () => only(["owner", "coach", "member"]);
const coachCheckin = () => only(["owner", "coach"]);
const goalThread = () => only(["owner", "coach"]);

export const socialEntries: Entry[] = [
  entry("social.thread")({
    target: "the owner's check-in shared with groups",
    input: (world) => ({ checkinId: world.ids.groupsCheckin }),
    expect: groupsCheckin(),
    check: (thread) => {
      expect(thread.comments.map((c) => c.body)).toEqual(["Mia says well done"]);
    },
    variants: [
      {
        target: "the owner's check-in shared with the coach only",
        input: (world) => ({ checkinId: world.ids.coachCheckin }),
        expect: coachCheckin(),
      },
      {
        target: "the owner's private check-in",
        input: (world) => ({ checkinId: world.ids.privateCheckin }),
        expect: ownerOnly(),
      },
    ],
  }),
  entry("social.comment")({
    target: "the owner's check-in shared with groups",
    input: (world) => ({ checkinId: world.ids.groupsCheckin, ...say("Matrix was here") }),
    expect: groupsCheckin(),
    variants: [
      {
        target: "the owner's check-in shared with the coach only",
        input: (world) => ({ checkinId: world.ids.coachCheckin, ...say("Matrix was here") }),
        expect: coachCheckin(),
      },
    ],
  }),
  entry("social.editComment")({
    target: "the member's comment on the owner's check-in",
    input: (world) => ({ commentId: world.ids.memberComment, body: "Edited by someone" }),
    // Those who can see it but did not write it are told only the author may edit.
    expect: only(["member"], { owner: "FORBIDDEN", coach: "FORBIDDEN" }),
  }),
  entry("social.deleteComment")({
    target: "the member's comment on the owner's check-in",
    input: (world) => ({ commentId: world.ids.memberComment }),
    // The author, or the owner of the check-in it is on.
    expect: only(["member", "owner"], { coach: "FORBIDDEN" }),
    freshWorldPerActor: true,
    variants: [
      {
        target: "the owner's comment on their own goal",
        input: (world) => ({ commentId: world.ids.goalComment }),
        expect: only(["owner"], { coach: "FORBIDDEN" }),
      },
    ],
  }),
  entry("social.goalThread")({
    target: "the owner's meso goal (shown to groups)",
    input: (world) => ({ goalId: world.ids.meso }),
    expect: goalThread(),
    check: (thread) => {
      expect(thread.comments.map((c) => c.body)).toEqual(["Olive's goal note"]);
    },
    variants: [
      {
        target: "the owner's private macro goal",
        input: (world) => ({ goalId: world.ids.privateMacro }),
        expect: ownerOnly(),
      },
    ],
  }),
  entry("social.goalComment")({
    target: "the owner's meso goal (shown to groups)",
    input: (world) => ({ goalId: world.ids.meso, ...say("Matrix was here") }),
    expect: goalThread(),
    variants: [
      {
        target: "the owner's private macro goal",
        input: (world) => ({ goalId: world.ids.privateMacro, ...say("Matrix was here") }),
        expect: ownerOnly(),
      },
    ],
  }),
  entry("social.react")({
    target: "the owner's check-in shared with groups",
    input: (world) => ({ checkinId: world.ids.groupsCheckin, kind: "fire" }),
    expect: groupsCheckin(),
    variants: [
      {
        target: "the owner's private check-in",
        input: (world) => ({ checkinId: world.ids.privateCheckin, kind: "fire" }),
        expect: ownerOnly(),
      },
    ],
  }),
];
