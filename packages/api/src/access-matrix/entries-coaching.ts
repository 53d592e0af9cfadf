import { expect } from "vitest";
import { type Entry, entry, only, ownerOnly, signedIn } from "./matrix";

// The athlete's side of coaching: a personal invitation (from the coach whose link ended) is for
// the owner alone; either side may end a live link, nobody else; proposals are answered by the
// athlete they were made to.

export const coachingEntries: Entry[] = [
  entry("coaching.previewInvite")({
    target: "a personal coaching invitation to the owner",
    input: (world) => ({ token: world.tokens.coachInvite }),
    // A personal invitation is for its invitee: even the coach who sent it gets NOT_FOUND here.
    expect: ownerOnly(),
  }),
  entry("coaching.acceptInvite")({
    target: "a personal coaching invitation to the owner",
    input: (world) => ({ token: world.tokens.coachInvite }),
    expect: ownerOnly(),
  }),
  entry("coaching.declineInvite")({
    target: "a personal coaching invitation to the owner",
    input: (world) => ({ token: world.tokens.coachInvite }),
    expect: ownerOnly(),
  }),
  entry("coaching.myCoaches")({
    target: "the caller's own coaches",
    input: () => undefined,
    expect: signedIn(),
    scope: "own",
    check: (coaches, world, actor) => {
      const ids = coaches.map((coach) => coach.coachId);
      // The ended link is gone from the list at once.
      expect(ids).toEqual(actor === "owner" ? [world.people.coach.id] : []);
    },
  }),
  entry("coaching.end")({
    target: "the owner's live link with their coach",
    input: (world) => ({ linkId: world.ids.coachLink }),
    expect: only(["owner", "coach"]),
    // Once one side ended it, the other finds nothing to end.
    freshWorldPerActor: true,
    variants: [
      {
        target: "the owner's link that already ended",
        input: (world) => ({ linkId: world.ids.endedLink }),
        expect: only([]),
      },
    ],
  }),
  entry("coaching.proposals")({
    target: "the proposals made to the caller",
    input: () => undefined,
    expect: signedIn(),
    scope: "own",
    check: (proposals, world, actor) => {
      const ids = proposals.map((proposal) => proposal.id);
      expect(ids.includes(world.ids.proposal)).toBe(actor === "owner");
    },
  }),
  entry("coaching.acceptProposal")({
    target: "the coach's proposal waiting for the owner",
    input: (world) => ({ id: world.ids.proposal, note: "" }),
    // Not the coach who made it either: only the athlete answers.
    expect: ownerOnly(),
  }),
  entry("coaching.declineProposal")({
    target: "the coach's proposal waiting for the owner",
    input: (world) => ({ id: world.ids.proposal, note: "" }),
    expect: ownerOnly(),
  }),
];
