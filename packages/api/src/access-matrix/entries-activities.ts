import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { activityInput, importItem } from "../testing/activities";
import type { World } from "./fixture";
import { type Entry, entry, ownerOnly, signedIn } from "./matrix";

// The training log and the weekly check-in. An activity, a planned session, a habit count and a
// check-in belong to the athlete alone: a coach reads them through coach.athlete, never here.

/** The owner's week's goals, each "hit": the check-in form the owner would send. */
function ownersCheckin(world: World) {
  return {
    weekStart: world.dates.thisWeek,
    version: null,
    submissionKey: randomUUID(),
    goals: [world.ids.micro, world.ids.habit].map((goalId) => ({
      goalId,
      outcome: "hit" as const,
      excuse: null,
      excuseNote: "",
      decision: null,
      smallerValue: null,
    })),
    wentWell: "A good week",
    gotInTheWay: "",
    nextFocus: "",
    coachOnly: { wentWell: false, gotInTheWay: false, nextFocus: false },
    mood: 4,
    energy: 4,
    visibility: "groups" as const,
  };
}

export const activityEntries: Entry[] = [
  entry("activities.list")({
    target: "the caller's own log",
    input: () => ({ from: null, to: null, type: null, limit: 50 }),
    expect: signedIn(),
    scope: "own",
    check: (page, world, actor) => {
      if (actor === "owner") expect(page.items.map((a) => a.id)).toEqual([world.ids.run]);
      else expect(page.items).toEqual([]);
    },
  }),
  entry("activities.create")({
    target: "the caller's own log",
    input: (world) => activityInput(world.dates.today),
    expect: signedIn(),
    scope: "own",
  }),
  entry("activities.update")({
    target: "the owner's run",
    input: (world) => ({ ...activityInput(world.dates.today, { distance: 6 }), id: world.ids.run }),
    expect: ownerOnly(),
  }),
  entry("activities.detail")({
    target: "the owner's run",
    input: (world) => ({ id: world.ids.run }),
    expect: ownerOnly(),
  }),
  entry("activities.delete")({
    target: "the owner's run",
    input: (world) => ({ id: world.ids.run }),
    expect: ownerOnly(),
  }),
  entry("activities.restore")({
    target: "the owner's deleted run",
    input: (world) => ({ id: world.ids.deletedRun }),
    expect: ownerOnly(),
  }),
  entry("activities.logPlanned")({
    target: "a planned session of the owner's micro goal",
    input: (world) => ({ sessionId: world.ids.plannedSession }),
    expect: ownerOnly(),
  }),
  entry("activities.previewImport")({
    target: "a file for the caller's own log",
    input: (world) => ({ activities: [importItem(world.dates.today)] }),
    expect: signedIn(),
    scope: "own",
  }),
  entry("activities.import")({
    target: "a file into the caller's own log",
    input: (world) => ({ activities: [importItem(world.dates.today)] }),
    expect: signedIn(),
    scope: "own",
  }),
  entry("activities.setHabit")({
    target: "the owner's habit goal",
    input: (world) => ({ id: world.ids.habit, date: world.dates.today, count: 3 }),
    expect: ownerOnly(),
  }),
  entry("checkins.get")({
    target: "the caller's own check-in for this week",
    input: (world) => ({ weekStart: world.dates.thisWeek }),
    expect: signedIn(),
    scope: "own",
    check: (page, world, actor) => {
      const goalIds = page.items.map((item) => item.goal.id).sort();
      if (actor === "owner") expect(goalIds).toEqual([world.ids.micro, world.ids.habit].sort());
      else expect(goalIds).toEqual([]);
    },
  }),
  entry("checkins.submit")({
    target: "a check-in with outcomes for the owner's goals",
    input: ownersCheckin,
    // Someone else's goal ids in the form: those goals do not exist for them.
    expect: ownerOnly(),
  }),
];
