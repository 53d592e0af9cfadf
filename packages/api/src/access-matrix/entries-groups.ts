import { expect } from "vitest";
import { groupInput } from "../testing/groups";
import { nobodyEmail } from "./inputs";
import { type Entry, entries, entry, listEntry, only, signedIn } from "./matrix";

// The owner's group. Its members read it; only its owner manages it, and a member who asks is
// told so (FORBIDDEN: they know the group exists). To everyone else, the removed member and the
// member of another group included, the group does not exist (8.4.1).

const members = () => only(["owner", "member"]);
/** Managing the group: its owner; a member is told only the owner can. */
const groupOwner = () => only(["owner"], { member: "FORBIDDEN" });
/** An invitation link works for whoever holds it (it is the capability). */
const linkHolders = () => signedIn();

export const groupEntries: Entry[] = [
  listEntry("groups.list")({
    target: "the caller's own groups",
    holders: ["owner", "member"],
    idsOf: (groups) => groups.map((group) => group.id),
    expected: (world) => [world.ids.group],
  }),
  entry("groups.create")({
    target: "a new group of the caller's own",
    input: () => groupInput({ name: "A new group" }),
    expect: signedIn(),
    scope: "own",
  }),
  entry("groups.get")({
    target: "the owner's group",
    input: (world) => ({ groupId: world.ids.group }),
    expect: members(),
    check: (group, world) => {
      const ids = group.members.map((m) => m.id).sort();
      expect(ids).toEqual([world.people.owner.id, world.people.member.id].sort());
    },
  }),
  entry("groups.leave")({
    target: "the owner's group",
    input: (world) => ({ groupId: world.ids.group }),
    // The owner must hand the group on before leaving it, while others are in it.
    expect: only(["member"], { owner: "BAD_REQUEST" }),
  }),
  entry("groups.feed")({
    target: "the owner's group",
    input: (world) => ({ groupId: world.ids.group }),
    expect: members(),
    check: (feed, world) => {
      // Only what was shared with groups: not the coach-only check-in (nor the private one).
      expect(feed.items.map((card) => card.id)).toEqual([world.ids.groupsCheckin]);
    },
  }),
  entry("groups.live")({
    target: "the owner's group (replayed from the first event)",
    input: (world) => ({ groupId: world.ids.group, lastEventId: "0" }),
    expect: members(),
    check: (event, world) => {
      // The runner reads the first event: the member's comment on the groups-shared check-in.
      const [, data] = event as unknown as [string, { checkinId: string }];
      expect(data.checkinId).toBe(world.ids.groupsCheckin);
    },
  }),
  ...entries(groupOwner, {
    "groups.update": [
      "the owner's group",
      (world) => ({ groupId: world.ids.group, ...groupInput({ name: "Taken over" }) }),
    ],
    "groups.removeMember": [
      "the member of the owner's group",
      (world) => ({ groupId: world.ids.group, userId: world.people.member.id }),
    ],
    "groups.transferOwnership": [
      "the owner's group, to its member",
      (world) => ({ groupId: world.ids.group, userId: world.people.member.id }),
    ],
    "groups.createInvite": [
      "the owner's group",
      (world) => ({ groupId: world.ids.group, expiresInDays: 7, maxUses: 5 }),
    ],
    "groups.inviteByEmail": [
      "the owner's group, to an unknown email",
      (world) => ({ groupId: world.ids.group, email: nobodyEmail() }),
    ],
    "groups.invites": ["the owner's group", (world) => ({ groupId: world.ids.group })],
    "groups.revokeInvite": [
      "the invitation link of the owner's group",
      (world) => ({ groupId: world.ids.group, inviteId: world.ids.groupInvite }),
    ],
  }),
  ...entries(members, {
    "groups.notCheckedIn": ["the owner's group", (world) => ({ groupId: world.ids.group })],
  }),
  ...entries(linkHolders, {
    "groups.previewInvite": [
      "the invitation link of the owner's group",
      (world) => ({ token: world.tokens.groupInvite }),
    ],
    // A removed member holding a live link may come back: removal does not revoke links.
    "groups.join": [
      "the invitation link of the owner's group",
      (world) => ({ token: world.tokens.groupInvite }),
    ],
  }),
];
