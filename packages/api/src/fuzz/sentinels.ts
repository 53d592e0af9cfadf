// Generated inputs name real rows and "today" symbolically ("@ref:goal", "@rel:thisWeek"), because
// the rows only exist once the property runs as a particular person. `refs.ts` swaps each
// placeholder for the person's real id or date just before the call; counterexamples stay readable.

export const ID_REFS = [
  "self", // the fuzzed person's own user id
  "goal", // a micro goal of this week, with a planned session and a checklist item
  "habitGoal", // a micro habit-days goal of this week
  "meso", // a meso goal starting this week
  "session", // the planned session of "goal"
  "checklistItem", // the checklist item of "goal"
  "activity", // an activity logged today
  "group", // a group the person owns, with one other member
  "member", // that other member's user id
  "invite", // an invitation to the group
  "checkin", // the person's check-in for last week, shared with groups
  "comment", // the person's comment on that check-in
  "otherComment", // the other member's comment on it
  "notification", // the notification that comment sent the person
  "athlete", // an athlete the person coaches
  "athleteGoal", // a goal of that athlete the coach can see
  "myProposal", // a proposal the person made to that athlete
  "coachLink", // the link to the person's own coach
  "proposal", // a proposal from the person's coach, waiting for the person
  "coachInvite", // a coaching invitation link the person made
  "template", // a plan template the person made
] as const;
export type IdRef = (typeof ID_REFS)[number];

export const TEXT_REFS = [
  "groupToken", // an unused invitation token to the person's group
  "coachToken", // an unused coaching invitation token from someone else
  "email", // another person's email address
  "selfEmail", // the person's own email address
] as const;
export type TextRef = (typeof TEXT_REFS)[number];

export type Ref = IdRef | TextRef;

export const REL_DATES = [
  "today",
  "yesterday",
  "tomorrow",
  "thisWeek",
  "thisWeekEnd",
  "lastWeek",
  "nextWeek",
  "fourWeeksOn",
] as const;
export type RelDate = (typeof REL_DATES)[number];

export const ref = (name: Ref) => `@ref:${name}`;
export const rel = (name: RelDate) => `@rel:${name}`;

/** Which rows an id field of a given name may point at (any row for names not listed). */
export const ID_REFS_BY_KEY: Record<string, readonly IdRef[]> = {
  id: ["goal", "habitGoal", "meso", "activity", "template", "myProposal", "proposal"],
  ids: ["goal", "habitGoal", "meso", "notification"],
  goalId: ["goal", "habitGoal", "meso", "athleteGoal"],
  parentId: ["meso", "goal", "comment", "otherComment"],
  sessionId: ["session"],
  itemId: ["checklistItem"],
  groupId: ["group"],
  userId: ["member", "self"],
  inviteId: ["invite", "coachInvite"],
  checkinId: ["checkin"],
  commentId: ["comment", "otherComment"],
  athleteId: ["athlete", "self"],
  athleteIds: ["athlete", "self"],
  linkId: ["coachLink"],
};

/** The rows an id field may point at, by its name and (for a bare "id") the procedure's path. */
export function idRefsFor(path: string, key: string): readonly IdRef[] {
  if (key === "id") {
    if (/Template/.test(path)) return ["template"];
    if (/Proposal/.test(path)) return ["proposal", "myProposal"];
    if (path.startsWith("activities.")) return ["activity"];
    if (path.startsWith("goals.")) return ["goal", "habitGoal", "meso"];
  }
  return ID_REFS_BY_KEY[key] ?? ID_REFS;
}
