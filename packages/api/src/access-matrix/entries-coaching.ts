import { type Entry, entries, entry, listEntry, only, ownerOnly } from "./matrix";

// The athlete's side of coaching: a personal invitation (from the coach whose link ended) is for
// the owner alone; either side may end a live link, nobody else; proposals are answered by the
// athlete they were made to.

export const coachingEntries: Entry[] = [
  listEntry("coaching.myCoaches")({
    target: "the caller's own coaches",
    scope: "own",
    // The ended link is gone from the list at once.
    exact: true,
    idsOf: (coaches) => coaches.map((coach) => coach.coachId),
    expected: (world) => [world.people.coach.id],
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
  listEntry("coaching.proposals")({
    target: "the proposals made to the caller",
    scope: "own",
    idsOf: (proposals) => proposals.map((proposal) => proposal.id),
    expected: (world) => [world.ids.proposal],
  }),
  // A personal invitation is for its invitee: even the coach who sent it gets NOT_FOUND here. A
  // proposal is answered by its athlete alone, not by the coach who made it either.
  ...entries(ownerOnly, {
    "coaching.previewInvite": [
      "a personal coaching invitation to the owner",
      (world) => ({ token: world.tokens.coachInvite }),
    ],
    "coaching.acceptInvite": [
      "a personal coaching invitation to the owner",
      (world) => ({ token: world.tokens.coachInvite }),
    ],
    "coaching.declineInvite": [
      "a personal coaching invitation to the owner",
      (world) => ({ token: world.tokens.coachInvite }),
    ],
    "coaching.acceptProposal": [
      "the coach's proposal waiting for the owner",
      (world) => ({ id: world.ids.proposal, note: "" }),
    ],
    "coaching.declineProposal": [
      "the coach's proposal waiting for the owner",
      (world) => ({ id: world.ids.proposal, note: "" }),
    ],
  }),
];
