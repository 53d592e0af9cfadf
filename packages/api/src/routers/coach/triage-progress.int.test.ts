import { createGoal } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import type { TargetInput } from "@stride/domain/goals";
import { makeTarget } from "@stride/domain/goals";
import { addDaysTo, todayIn } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { describe, expect, it } from "vitest";
import { activityInput } from "../../testing/activities";
import { linkCoach } from "../../testing/coaching";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

const today = () => todayIn("UTC");

const target = (overrides: Partial<TargetInput>): TargetInput =>
  makeTarget({
    value: 1000,
    per: "period",
    ...overrides,
  });

/** Long goals of every kind the triage folds, starting on odd days months ago. */
const LONG_GOALS: { title: string; start: number; target: TargetInput }[] = [
  { title: "Run 1,000 km", start: -200, target: target({}) },
  { title: "30 km a week", start: -150, target: target({ value: 30, per: "week" }) },
  {
    title: "Run on 3 days a week",
    start: -123,
    target: target({ kind: "habit_days", unit: "days", value: 3, per: "week" }),
  },
  {
    title: "100 sessions",
    start: -181,
    target: target({ kind: "sessions", unit: "sessions", value: 100, activityTypes: [] }),
  },
  {
    title: "A 2-hour half",
    start: -170,
    target: target({
      kind: "best_performance",
      unit: "time",
      value: 7200,
      eventDistanceMetres: 21097.5,
    }),
  },
  { title: "A 30 km run", start: -140, target: target({ kind: "milestone", value: 30 }) },
];

type Tree = Awaited<ReturnType<Person["caller"]["goals"]["tree"]>>;
type Node = Tree["roots"][number];

function nodesOf(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((node) => [node, ...nodesOf((node.children ?? []) as Node[])]);
}

async function athleteWithHistory(coach: Person, weekStart: WeekDay) {
  const athlete = await newPerson(handle.db, { name: `Athlete ${weekStart}`, weekStart });
  await linkCoach(coach, athlete);
  for (const goal of LONG_GOALS) {
    await createGoal(handle.db, {
      athleteId: athlete.id,
      level: "macro",
      title: goal.title,
      periodStart: addDaysTo(today(), goal.start),
      periodEnd: addDaysTo(today(), 90),
      target: goal.target,
    });
  }
  // Runs every few days for seven months (some long and fast, some walks), right up to today.
  for (let back = 210; back >= 0; back -= 3) {
    const km = 5 + (back % 7) * 3;
    await athlete.caller.activities.create(
      activityInput(addDaysTo(today(), -back), {
        type: back % 9 === 0 ? "walk" : "run",
        distance: km,
        durationSeconds: Math.round(km * (300 + (back % 5) * 20)),
      }),
    );
  }
  return athlete;
}

describe("coach.triage: progress of long goals", () => {
  it("equals the athlete's own progress, though the months before the last five weeks are folded", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const athletes = [
      await athleteWithHistory(coach, "monday"),
      await athleteWithHistory(coach, "sunday"),
    ];
    const triage = await coach.caller.coach.triage({});
    for (const athlete of athletes) {
      const row = triage.athletes.find((a) => a.athleteId === athlete.id);
      const years = [
        ...new Set([addDaysTo(today(), -210), today()].map((d) => Number(d.slice(0, 4)))),
      ];
      const own = (
        await Promise.all(
          years.map((year) => athlete.caller.goals.tree({ year, includeArchived: false })),
        )
      ).flatMap((tree) => nodesOf(tree.roots));
      expect(row?.macros).toHaveLength(LONG_GOALS.length);
      for (const macro of row?.macros ?? []) {
        const mine = own.find((node) => node.id === macro.id);
        // The same progress, but the week-by-week list, which only the goal's own pages show.
        expect(macro.progress, macro.title).toEqual({ ...mine?.progress, weeks: [] });
      }
      // Something was counted in each, so equal is not trivially equal.
      expect(row?.macros.every((m) => (m.progress.value ?? 0) > 0)).toBe(true);
    }
  });
});
