import { DEFAULT_THRESHOLDS } from "@stride/domain/coaching";
import { expect } from "vitest";
import type { World } from "./fixture";
import { leaked, nobodyEmail, templateInput } from "./inputs";
import {
  type Entry,
  entries,
  entry,
  listEntry,
  noInput,
  only,
  ownEntries,
  ownerOnly,
  signedIn,
} from "./matrix";

// The coach's side. Calls naming the owner as an athlete work for the owner's coach alone, while
// the link lasts: the ended coach is a stranger again (8.4.1). Invitations, templates and
// thresholds are the caller's own as a coach; those aimed at one are the owner's own (the owner
// coaches too), so nobody else reaches them.

const coachOnly = () => only(["coach"]);

/** A proposal to rename one of the owner's goals. */
const renameOf = (world: World, goalId: string) => ({
  kind: "change" as const,
  athleteId: world.people.owner.id,
  goalId,
  note: "",
  changes: { title: "A sneaky rename" },
});

export const coachEntries: Entry[] = [
  listEntry("coach.invites")({
    target: "the caller's own open invitations",
    scope: "own",
    idsOf: (invites) => invites.map((invite) => invite.id),
    expected: (world) => [world.ids.coachInvite],
  }),
  listEntry("coach.roster")({
    target: "the caller's own athletes",
    holders: ["coach"],
    idsOf: (roster) => roster.map((athlete) => athlete.athleteId),
    expected: (world) => [world.people.owner.id],
  }),
  entry("coach.triage")({
    target: "the caller's own athletes",
    input: () => ({ tag: null }),
    expect: signedIn(),
    check: (triage, world, actor) => {
      const row = triage.athletes.find((a) => a.athleteId === world.people.owner.id);
      if (actor !== "coach") return expect(row).toBeUndefined();
      // The goals shown to the coach, never the private one (ownerOnly is checked for everyone).
      expect(row?.macros.map((m) => m.title)).toEqual(["Olive's season"]);
    },
  }),
  entry("coach.athlete")({
    target: "the owner as an athlete",
    input: (world) => ({ athleteId: world.people.owner.id, year: world.dates.year }),
    expect: coachOnly(),
    check: (view, world) => {
      // The coach sees the check-ins shared with groups or the coach; the private one stays out.
      const ids = view.checkins.map((c) => c.id).sort();
      expect(ids).toEqual([world.ids.groupsCheckin, world.ids.coachCheckin].sort());
      expect(leaked(view.tree, ["Olive's season", "Olive's week"])).toHaveLength(2);
    },
  }),
  entry("coach.propose")({
    target: "a change to the owner's meso goal (shown to groups)",
    input: (world) => renameOf(world, world.ids.meso),
    expect: coachOnly(),
    variants: [
      {
        target: "a change to the owner's private macro goal",
        input: (world) => renameOf(world, world.ids.privateMacro),
        // Not even the coach: a private goal does not exist for them.
        expect: only([]),
      },
    ],
  }),
  listEntry("coach.templates")({
    target: "the caller's own plan templates",
    scope: "own",
    exact: true,
    idsOf: (templates) => templates.map((template) => template.id),
    expected: (world) => [world.ids.template],
  }),
  entry("coach.assignTemplate")({
    target: "the caller's own template, assigned to the owner",
    input: async (world, actor) => ({
      // Each signed-in caller assigns a template of their own; the athlete is the owner.
      id:
        actor === "anonymous"
          ? world.ids.template
          : (await world.callers[actor].coach.createTemplate(templateInput("Mine"))).id,
      athleteIds: [world.people.owner.id],
      startDate: world.dates.nextWeek,
      note: "",
    }),
    expect: coachOnly(),
  }),
  ...ownEntries({
    "coach.inviteLink": ["a coaching invitation of the caller's own", () => ({ expiresInDays: 7 })],
    "coach.inviteByEmail": [
      "a coaching invitation of the caller's own, to an unknown email",
      () => ({ email: nobodyEmail() }),
    ],
    "coach.thresholds": ["the caller's own triage thresholds", noInput],
    "coach.setThresholds": [
      "the caller's own triage thresholds",
      () => ({ ...DEFAULT_THRESHOLDS, rampLimitPercent: 15 }),
    ],
    "coach.createTemplate": [
      "a plan template of the caller's own",
      () => templateInput("A new template"),
    ],
  }),
  ...entries(coachOnly, {
    "coach.setTags": [
      "the owner as an athlete",
      (world) => ({ athleteId: world.people.owner.id, tags: ["Matrix"] }),
    ],
    "coach.markReviewed": [
      "the owner as an athlete",
      (world) => ({ athleteId: world.people.owner.id, reviewed: true }),
    ],
    "coach.withdrawProposal": [
      "the coach's proposal waiting for the owner",
      (world) => ({ athleteId: world.people.owner.id, id: world.ids.proposal }),
    ],
  }),
  ...entries(ownerOnly, {
    "coach.withdrawInvite": [
      "the owner's coaching invitation link",
      (world) => ({ inviteId: world.ids.coachInvite }),
    ],
    "coach.template": ["the owner's plan template", (world) => ({ id: world.ids.template })],
    "coach.updateTemplate": [
      "the owner's plan template",
      (world) => ({ id: world.ids.template, fields: templateInput("Overwritten") }),
    ],
    "coach.deleteTemplate": ["the owner's plan template", (world) => ({ id: world.ids.template })],
  }),
];
