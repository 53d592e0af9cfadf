import { expect } from "vitest";
import type { World } from "./fixture";
import { say } from "./inputs";
import { type Entry, type Expectations, entry, only, ownerOnly } from "./matrix";

// Talk on check-ins and goals. A check-in shared with groups is read by the owner, their coach
// and fellow members; one shared with the coach by the owner and the coach; a private one by the
// owner. Goal threads are between the athlete and their coach: never a group (even for a goal
// shown to groups), never a private goal.

const groupsCheckin = () => only(["owner", "coach", "member"]);
const coachCheckin = () => only(["owner", "coach"]);
const goalThread = () => only(["owner", "coach"]);

/** The owner's records talk can be about: what each is, its id in the world, who may reach it. */
const RECORDS = {
  groupsCheckin: ["the owner's check-in shared with groups", "groupsCheckin", groupsCheckin],
  coachCheckin: ["the owner's check-in shared with the coach only", "coachCheckin", coachCheckin],
  privateCheckin: ["the owner's private check-in", "privateCheckin", ownerOnly],
  meso: ["the owner's meso goal (shown to groups)", "meso", goalThread],
  privateMacro: ["the owner's private macro goal", "privateMacro", ownerOnly],
} satisfies Record<string, [string, keyof World["ids"], () => Expectations]>;

/** A call aimed at one of the owner's `RECORDS`: its target, its input (from the id) and who may. */
function at<I>(record: keyof typeof RECORDS, input: (id: string) => I) {
  const [target, key, expect] = RECORDS[record];
  return { target, input: (world: World) => input(world.ids[key]), expect: expect() };
}

const checkin = (checkinId: string) => ({ checkinId });
const goal = (goalId: string) => ({ goalId });
const comment = <T extends object>(on: T) => ({ ...on, ...say("Matrix was here") });
const fire = (checkinId: string) => ({ checkinId, kind: "fire" as const });

export const socialEntries: Entry[] = [
  entry("social.thread")({
    ...at("groupsCheckin", checkin),
    check: (thread) => {
      expect(thread.comments.map((c) => c.body)).toEqual(["Mia says well done"]);
    },
    variants: [at("coachCheckin", checkin), at("privateCheckin", checkin)],
  }),
  entry("social.comment")({
    ...at("groupsCheckin", (id) => comment(checkin(id))),
    variants: [at("coachCheckin", (id) => comment(checkin(id)))],
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
    ...at("meso", goal),
    check: (thread) => {
      expect(thread.comments.map((c) => c.body)).toEqual(["Olive's goal note"]);
    },
    variants: [at("privateMacro", goal)],
  }),
  entry("social.goalComment")({
    ...at("meso", (id) => comment(goal(id))),
    variants: [at("privateMacro", (id) => comment(goal(id)))],
  }),
  entry("social.react")({
    ...at("groupsCheckin", fire),
    variants: [at("privateCheckin", fire)],
  }),
];
