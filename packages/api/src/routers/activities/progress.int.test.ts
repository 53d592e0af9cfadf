import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput, newMidweekPerson, thisWeekOf } from "../../testing/activities";
import { macroInput, mesoInput, microInput, run, weeklyTotal } from "../../testing/goals";
import type { Caller, Person } from "../../testing/people";

const handle = useTestDatabase();

const MILE = 1609.344;

type TreeNode = Awaited<ReturnType<Caller["goals"]["tree"]>>["roots"][number];
const flatten = (nodes: readonly TreeNode[]): TreeNode[] =>
  nodes.flatMap((node) => [node, ...flatten(node.children)]);

/**
 * A mile athlete three days into their week: 1,000 mi this season (macro) → 20 mi a week for five
 * weeks starting last week (meso) → 15 mi this week (micro), and a 4 mi run last week.
 */
async function setUp() {
  const athlete = await newMidweekPerson(handle.db, {
    timeZone: "America/Los_Angeles",
    distanceUnit: "mi",
  });
  const week = thisWeekOf(athlete);
  const lastWeek = addDaysTo(week.start, -7);
  const macro = await athlete.caller.goals.create(
    macroInput({
      periodStart: addDaysTo(week.start, -28),
      periodEnd: addDaysTo(week.start, 180),
      target: { ...weeklyTotal(1000), per: "period" },
    }),
  );
  const meso = await athlete.caller.goals.create(
    mesoInput(macro.id, {
      periodStart: lastWeek,
      periodEnd: addDaysTo(week.start, 27),
      target: weeklyTotal(20),
    }),
  );
  const micro = await athlete.caller.goals.create(
    microInput(meso.id, week.start, { target: weeklyTotal(15), plan: [run(week.today, 5)] }),
  );
  await athlete.caller.activities.create(
    activityInput(addDaysTo(lastWeek, 2), { distance: 4, durationSeconds: 2400 }),
  );
  return { athlete, week, lastWeek, ids: { macro: macro.id, meso: meso.id, micro: micro.id } };
}

type Ids = Awaited<ReturnType<typeof setUp>>["ids"];

/** Each level's progress as goals.tree and goals.get show it; both must agree. */
async function progressOf(athlete: Person, ids: Ids, year: number) {
  const nodes = flatten((await athlete.caller.goals.tree({ year })).roots);
  const fromTree = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    if (!node) throw new Error(`Goal ${id} is not in the tree`);
    return node.progress;
  };
  const result = {
    macro: fromTree(ids.macro),
    meso: fromTree(ids.meso),
    micro: fromTree(ids.micro),
  };
  for (const level of ["macro", "meso", "micro"] as const) {
    const single = await athlete.caller.goals.get({ id: ids[level] });
    expect(single.progress).toEqual(result[level]);
  }
  return result;
}

describe("progress from the log", () => {
  it("adds a run this week to every level of the tree, in metres, with the summary in miles", async () => {
    const { athlete, week, ids } = await setUp();
    const year = Number(week.today.slice(0, 4));
    const before = await progressOf(athlete, ids, year);
    expect(before.macro.value).toBeCloseTo(4 * MILE, 6);
    expect(before.meso.value).toBe(0);
    expect(before.micro.value).toBe(0);

    await athlete.caller.activities.create(
      activityInput(week.today, { distance: 5, durationSeconds: 2700 }),
    );
    const after = await progressOf(athlete, ids, year);
    for (const level of ["macro", "meso", "micro"] as const) {
      expect((after[level].value ?? 0) - (before[level].value ?? 0)).toBeCloseTo(5 * MILE, 6);
    }
    expect(after.macro).toMatchObject({ target: 1000 * MILE, summary: "9 of 1,000 mi" });
    // The block is measured week by week against its micro goal's plan (15 mi), not its 20 mi peak.
    expect(after.meso).toMatchObject({ target: 15 * MILE, summary: "5 of 15 mi this week" });
    expect(after.micro).toMatchObject({
      target: 15 * MILE,
      percent: 33.3,
      summary: "5 of 15 mi this week",
    });
  });

  it("counts only the target's activity types", async () => {
    const { athlete, week, ids } = await setUp();
    const year = Number(week.today.slice(0, 4));
    const before = await progressOf(athlete, ids, year);
    await athlete.caller.activities.create(
      activityInput(week.today, { type: "walk", distance: 2, durationSeconds: 2400 }),
    );
    expect(await progressOf(athlete, ids, year)).toEqual(before);
  });

  it("drops a deleted run from every level and counts it again once restored", async () => {
    const { athlete, week, ids } = await setUp();
    const year = Number(week.today.slice(0, 4));
    const before = await progressOf(athlete, ids, year);
    const logged = await athlete.caller.activities.create(
      activityInput(week.today, { distance: 5, durationSeconds: 2700 }),
    );
    const withRun = await progressOf(athlete, ids, year);
    expect(withRun.micro.value).toBeCloseTo(5 * MILE, 6);

    await athlete.caller.activities.delete({ id: logged.id });
    expect(await progressOf(athlete, ids, year)).toEqual(before);

    await athlete.caller.activities.restore({ id: logged.id });
    expect(await progressOf(athlete, ids, year)).toEqual(withRun);
  });

  it("charts the weekly meso week by week against its target and this week's micro goal", async () => {
    const { athlete, week, lastWeek, ids } = await setUp();
    await athlete.caller.activities.create(
      activityInput(week.today, { distance: 5, durationSeconds: 2700 }),
    );
    const meso = await athlete.caller.goals.get({ id: ids.meso });
    expect(meso.chart).toEqual({
      kind: "weekly",
      unit: "mi",
      points: [
        { weekStart: lastWeek, value: 4, target: 20 },
        // This week's micro goal plans 15 mi: the chart shows the ramp, not the flat 20.
        { weekStart: week.start, value: 5, target: 15 },
      ],
    });
    expect(meso.children.map((child) => child.id)).toEqual([ids.micro]);
    expect(meso.children[0]?.progress.value).toBeCloseTo(5 * MILE, 6);
    expect(meso.parent?.progress.summary).toBe("9 of 1,000 mi");

    const macro = await athlete.caller.goals.get({ id: ids.macro });
    expect(macro.chart?.kind).toBe("cumulative");
    expect(macro.chart?.points.map((p) => p.value)).toEqual([0, 0, 0, 4, 9]);
    expect(macro.chart?.points.at(-1)?.weekStart).toBe(week.start);
  });
});
