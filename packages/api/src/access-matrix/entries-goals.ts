import { addDaysTo } from "@stride/domain/periods";
import { expect } from "vitest";
import { macroInput, mesoInput } from "../testing/goals";
import { type Entry, entries, entry, ownerOnly, signedIn } from "./matrix";

// Goals belong to the athlete: whatever their visibility, only the owner reads or changes them
// through goals.* (a coach sees the ones shown to them through coach.athlete, a group never).

type Node = { id: string; title: string; children: Node[] };
const titlesOf = (nodes: Node[]): string[] =>
  nodes.flatMap((node) => [node.title, ...titlesOf(node.children)]);

export const goalEntries: Entry[] = [
  entry("goals.tree")({
    target: "the caller's own goals for this year",
    input: (world) => ({ year: world.dates.year, includeArchived: false }),
    expect: signedIn(),
    scope: "own",
    check: (tree, _world, actor) => {
      const titles = titlesOf(tree.roots);
      if (actor === "owner")
        expect(titles).toEqual(expect.arrayContaining(["Olive's season", "Olive's secret plan"]));
      else expect(titles).toEqual([]);
    },
  }),
  entry("goals.get")({
    target: "the owner's micro goal (shown to groups)",
    input: (world) => ({ id: world.ids.micro }),
    expect: ownerOnly(),
    variants: [
      {
        target: "the owner's private macro goal",
        input: (world) => ({ id: world.ids.privateMacro }),
        expect: ownerOnly(),
      },
    ],
  }),
  entry("training.prediction")({
    target: "the owner's micro goal (no race to predict, but the goal's owner alone may ask)",
    input: (world) => ({ id: world.ids.micro }),
    expect: ownerOnly(),
    check: (prediction) => expect(prediction).toBeNull(),
  }),
  entry("goals.create")({
    target: "a new goal of the caller's own",
    input: (world) =>
      macroInput({
        title: "A new macro",
        periodStart: world.dates.thisWeek,
        periodEnd: addDaysTo(world.dates.thisWeek, 90),
      }),
    expect: signedIn(),
    scope: "own",
    variants: [
      {
        target: "a new meso goal under the owner's macro",
        input: (world) =>
          mesoInput(world.ids.macro, {
            title: "A block under Olive's season",
            periodStart: world.dates.thisWeek,
            periodEnd: addDaysTo(world.dates.thisWeek, 27),
          }),
        // The parent is someone else's goal: it does not exist for them.
        expect: ownerOnly(),
      },
    ],
  }),
  entry("goals.copyPreviousWeek")({
    target: "the caller's own goals, into next week",
    input: (world) => ({ weekStart: world.dates.nextWeek }),
    expect: signedIn(),
    scope: "own",
    check: (result, _world, actor) => {
      // The owner has two micro goals this week; nobody else has any to copy.
      expect(result.copied).toBe(actor === "owner" ? 2 : 0);
    },
  }),
  ...entries(ownerOnly, {
    "goals.update": [
      "the owner's micro goal",
      (world) => ({
        id: world.ids.micro,
        version: 1,
        reason: null,
        changes: { title: "Renamed week" },
      }),
    ],
    "goals.setStatus": [
      "the owner's micro goal",
      (world) => ({ id: world.ids.micro, version: 1, status: "achieved", reason: null }),
    ],
    "goals.archive": ["the owner's micro goal", (world) => ({ id: world.ids.micro, version: 1 })],
    "goals.restore": [
      "the owner's archived macro goal",
      (world) => ({ id: world.ids.archived, version: world.ids.archivedVersion }),
    ],
    "goals.reorder": [
      "two of the owner's macro goals",
      (world) => ({ ids: [world.ids.privateMacro, world.ids.macro] }),
    ],
    "goals.tickChecklistItem": [
      "a checklist item of the owner's micro goal",
      (world) => ({ itemId: world.ids.checklistItem, done: true }),
    ],
  }),
];
