import { randomUUID } from "node:crypto";
import { activityInput, importItem } from "../testing/activities";
import type { World } from "./fixture";
import { type Entry, entries, entry, listEntry, ownEntries, ownerOnly } from "./matrix";

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
  listEntry("activities.list")({
    target: "the caller's own log",
    input: () => ({ from: null, to: null, type: null, limit: 50 }),
    scope: "own",
    exact: true,
    idsOf: (page) => page.items.map((activity) => activity.id),
    expected: (world) => [world.ids.run],
  }),
  listEntry("checkins.get")({
    target: "the caller's own check-in for this week",
    input: (world) => ({ weekStart: world.dates.thisWeek }),
    scope: "own",
    exact: true,
    idsOf: (page) => page.items.map((item) => item.goal.id),
    expected: (world) => [world.ids.micro, world.ids.habit],
  }),
  entry("checkins.submit")({
    target: "a check-in with outcomes for the owner's goals",
    input: ownersCheckin,
    // Someone else's goal ids in the form: those goals do not exist for them.
    expect: ownerOnly(),
  }),
  ...ownEntries({
    "activities.create": ["the caller's own log", (world) => activityInput(world.dates.today)],
    "activities.previewImport": [
      "a file for the caller's own log",
      (world) => ({ activities: [importItem(world.dates.today)] }),
    ],
    "activities.import": [
      "a file into the caller's own log",
      (world) => ({ activities: [importItem(world.dates.today)] }),
    ],
  }),
  ...entries(ownerOnly, {
    "activities.update": [
      "the owner's run",
      (world) => ({ ...activityInput(world.dates.today, { distance: 6 }), id: world.ids.run }),
    ],
    "activities.detail": ["the owner's run", (world) => ({ id: world.ids.run })],
    "activities.delete": ["the owner's run", (world) => ({ id: world.ids.run })],
    "activities.restore": ["the owner's deleted run", (world) => ({ id: world.ids.deletedRun })],
    "activities.logPlanned": [
      "a planned session of the owner's micro goal",
      (world) => ({ sessionId: world.ids.plannedSession }),
    ],
    "activities.setHabit": [
      "the owner's habit goal",
      (world) => ({ id: world.ids.habit, date: world.dates.today, count: 3 }),
    ],
  }),
];
