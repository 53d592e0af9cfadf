import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { planRamp } from "@stride/domain/goals";
import { weekStartOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { fieldRefusal, refusalOf } from "../../testing/caller";
import {
  macroInput,
  mesoInput,
  microInput,
  run,
  WEEK_1,
  WEEK_2,
  WEEK_3,
  WEEK_4,
  WEEK_5,
  weeklyTotal,
  YEAR,
} from "../../testing/goals";
import { type Caller, newPerson } from "../../testing/people";
import { athleteWithChain } from "../../testing/worlds";

const handle = useTestDatabase();

type TreeNode = Awaited<ReturnType<Caller["goals"]["tree"]>>["roots"][number];

/** Every node of the tree, depth first, so a test can look one up by title. */
function flatten(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function codesOf(nodes: readonly TreeNode[], title: string) {
  const node = flatten(nodes).find((n) => n.title === title);
  if (!node) throw new Error(`No goal titled ${title} in the tree`);
  return node.warnings.map((warning) => warning.code);
}

describe("goals.tree", () => {
  it("nests the year's goals macro → meso → micro, in position order", async () => {
    const { athlete, macroId, mesoId, microId } = await athleteWithChain(handle.db);
    const third = await athlete.caller.goals.create(microInput(mesoId, WEEK_3, { title: "Third" }));
    const first = await athlete.caller.goals.create(microInput(mesoId, WEEK_1, { title: "First" }));
    await athlete.caller.goals.reorder({ ids: [first.id, microId, third.id] });
    const lastYear = await athlete.caller.goals.create(
      macroInput({ title: "2025", periodStart: "2025-01-01", periodEnd: "2025-12-31" }),
    );

    const tree = await athlete.caller.goals.tree({ year: YEAR });
    expect(tree).toMatchObject({ year: YEAR, weekStartDay: "monday", distanceUnit: "km" });
    expect(tree.thisWeekStart).toBe(weekStartOf(tree.today, "monday"));
    expect(tree.roots.map((root) => root.id)).toEqual([macroId]);
    const [macro] = tree.roots;
    expect(macro?.children.map((meso) => meso.id)).toEqual([mesoId]);
    expect(macro?.children[0]?.children.map((micro) => micro.id)).toEqual([
      first.id,
      microId,
      third.id,
    ]);
    expect(macro?.children[0]?.children[1]).toMatchObject({
      level: "micro",
      periodStart: WEEK_2,
      periodEnd: "2026-03-15",
      plannedSessionCount: 2,
      checklistDone: 0,
      children: [],
    });

    const earlier = await athlete.caller.goals.tree({ year: 2025 });
    expect(earlier.roots.map((root) => root.id)).toEqual([lastYear.id]);
    expect((await athlete.caller.goals.tree({ year: 2027 })).roots).toEqual([]);
  });

  it("shows a goal that spans a year end in both years", async () => {
    const athlete = await newPerson(handle.db);
    const created = await athlete.caller.goals.create(
      macroInput({ periodStart: "2026-07-01", periodEnd: "2027-06-30" }),
    );
    for (const year of [2026, 2027]) {
      const tree = await athlete.caller.goals.tree({ year });
      expect(tree.roots.map((root) => root.id)).toEqual([created.id]);
    }
  });

  it("shows a December block whole, January weeks included, with the same warnings as goals.get", async () => {
    const athlete = await newPerson(handle.db, { distanceUnit: "mi" });
    const macro = await athlete.caller.goals.create(
      macroInput({ periodStart: "2026-03-01", periodEnd: "2027-02-28" }),
    );
    const meso = await athlete.caller.goals.create(
      mesoInput(macro.id, { periodStart: "2026-12-14", periodEnd: "2027-01-10" }),
    );
    const december = await athlete.caller.goals.create(
      microInput(meso.id, "2026-12-28", { target: weeklyTotal(10) }),
    );
    // 15 mi after 10 mi is 50% more: not realistic, whichever year's tree shows it.
    const january = await athlete.caller.goals.create(
      microInput(meso.id, "2027-01-04", { target: weeklyTotal(15) }),
    );
    const onItsPage = await athlete.caller.goals.get({ id: january.id });
    expect(onItsPage.warnings.map((w) => w.code)).toEqual(["not_realistic"]);

    for (const year of [2026, 2027]) {
      const { roots } = await athlete.caller.goals.tree({ year });
      expect(roots.map((root) => root.id)).toEqual([macro.id]);
      const weeks = roots[0]?.children[0]?.children ?? [];
      expect(weeks.map((week) => week.id)).toEqual([december.id, january.id]);
      expect(weeks[1]?.warnings).toEqual(onItsPage.warnings);
    }
  });

  it("lists unaligned meso and micro goals as roots", async () => {
    const athlete = await newPerson(handle.db);
    const meso = await athlete.caller.goals.create(mesoInput(null));
    const micro = await athlete.caller.goals.create(microInput(null, WEEK_2));
    const tree = await athlete.caller.goals.tree({ year: YEAR });
    expect(tree.roots.map((root) => root.id).sort()).toEqual([meso.id, micro.id].sort());
  });

  it("warns about goals that are not specific, aligned, measurable or without a why", async () => {
    const { athlete, mesoId } = await athleteWithChain(handle.db);
    await athlete.caller.goals.create(macroInput({ title: "No why", why: "  " }));
    await athlete.caller.goals.create(mesoInput(null, { title: "Orphan meso" }));
    await athlete.caller.goals.create(microInput(null, WEEK_4, { title: "Orphan micro" }));
    await athlete.caller.goals.create(microInput(mesoId, WEEK_5, { title: "No plan", plan: [] }));
    await athlete.caller.goals.create(mesoInput(null, { title: "No target", target: null }));
    // From 10 to 20 mi a week takes 8 weeks of building at 10%; a 6-week block has 5.
    await athlete.caller.goals.create(
      mesoInput(null, { title: "Too steep", target: weeklyTotal(20, "mi", 10) }),
    );

    const { roots } = await athlete.caller.goals.tree({ year: YEAR });
    // The chain itself is specific, measurable, aligned and has a why: no warnings at all.
    expect(codesOf(roots, "Run a half marathon")).toEqual([]);
    expect(codesOf(roots, "Build to 15 mi a week")).toEqual([]);
    expect(codesOf(roots, `Run the week of ${WEEK_2}`)).toEqual([]);

    expect(codesOf(roots, "No why")).toEqual(["no_why"]);
    expect(codesOf(roots, "Orphan meso")).toEqual(["not_aligned"]);
    expect(codesOf(roots, "Orphan micro")).toEqual(["not_aligned"]);
    expect(codesOf(roots, "No plan")).toEqual(["not_specific"]);
    expect(codesOf(roots, "No target")).toEqual(["not_measurable", "not_aligned"]);
    expect(codesOf(roots, "Too steep")).toEqual(["not_realistic", "not_aligned"]);
    const noPlan = flatten(roots).find((n) => n.title === "No plan");
    expect(noPlan?.warnings[0]).toMatchObject({
      message: "Not specific yet: no days are planned for this week.",
      fix: expect.stringMatching(/days/),
    });
  });

  it("warns when a week's planned distance is more than 10% above the week before", async () => {
    const athlete = await newPerson(handle.db, { distanceUnit: "mi" });
    const meso = await athlete.caller.goals.create(mesoInput(null));
    const week = (start: string, miles: number, title: string) =>
      athlete.caller.goals.create(
        microInput(meso.id, start, { title, target: weeklyTotal(miles), plan: [run(start)] }),
      );
    await week(WEEK_1, 10, "Week 1");
    // Week 2 is two goals adding up to 11 mi: exactly the 10% limit.
    await week(WEEK_2, 6, "Week 2 long run");
    await week(WEEK_2, 5, "Week 2 easy runs");
    const third = await week(WEEK_3, 12.5, "Week 3");
    await week(WEEK_4, 9, "Week 4");

    const { roots } = await athlete.caller.goals.tree({ year: YEAR });
    expect(codesOf(roots, "Week 1")).toEqual([]);
    expect(codesOf(roots, "Week 2 long run")).toEqual([]);
    expect(codesOf(roots, "Week 2 easy runs")).toEqual([]);
    expect(codesOf(roots, "Week 3")).toEqual(["not_realistic"]);
    expect(codesOf(roots, "Week 4")).toEqual([]);
    const warning = flatten(roots).find((n) => n.title === "Week 3")?.warnings[0];
    expect(warning?.message).toBe(
      "This week's planned 12.5 mi is 14% more than your last full week's 11 mi; the ramp limit is 10%.",
    );

    // goals.get works the same numbers out for one goal.
    const single = await athlete.caller.goals.get({ id: third.id });
    expect(single.warnings.map((w) => w.code)).toEqual(["not_realistic"]);
  });

  it("measures a kilometre week against a mile week in the same unit", async () => {
    const athlete = await newPerson(handle.db);
    const meso = await athlete.caller.goals.create(mesoInput(null));
    await athlete.caller.goals.create(
      microInput(meso.id, WEEK_1, { title: "Miles", target: weeklyTotal(10, "mi") }),
    );
    // 10 mi is 16.09 km, so 17.5 km is 8.7% more; 19.5 km is then 11.4% more than 17.5 km.
    await athlete.caller.goals.create(
      microInput(meso.id, WEEK_2, { title: "Kilometres", target: weeklyTotal(17.5, "km") }),
    );
    await athlete.caller.goals.create(
      microInput(meso.id, WEEK_3, { title: "More kilometres", target: weeklyTotal(19.5, "km") }),
    );
    const { roots } = await athlete.caller.goals.tree({ year: YEAR });
    expect(codesOf(roots, "Kilometres")).toEqual([]);
    expect(codesOf(roots, "More kilometres")).toEqual(["not_realistic"]);
  });

  it("does not flag the return to building after a lighter week in the app's own ramp", async () => {
    const athlete = await newPerson(handle.db, { distanceUnit: "mi" });
    // The split the goal form suggests (planRamp): 11, 12.1, 13.3, 10.6 (lighter), 14.6, 15 mi.
    const ramp = planRamp({ baseline: 10, target: 15, weeks: 6 });
    const starts = [WEEK_1, WEEK_2, WEEK_3, WEEK_4, WEEK_5, "2026-04-06"];
    const meso = await athlete.caller.goals.create(
      mesoInput(null, {
        target: weeklyTotal(15, "mi", 10),
        weeks: ramp.weeks.map((week, index) => ({
          periodStart: starts[index] ?? "",
          value: week.value,
        })),
      }),
    );
    const { roots } = await athlete.caller.goals.tree({ year: YEAR });
    const weeks = flatten(roots).filter((node) => node.parentId === meso.id);
    expect(weeks).toHaveLength(6);
    // Week 5 (14.6 mi) is 9.8% above the last build week (13.3 mi), within the 10% limit; only
    // the lighter week (10.6 mi) lies between them.
    expect(weeks.map((week) => [week.title, week.warnings.map((warning) => warning.code)])).toEqual(
      [
        ["Run 11 mi", ["not_specific"]],
        ["Run 12.1 mi", ["not_specific"]],
        ["Run 13.3 mi", ["not_specific"]],
        ["Run 10.6 mi (lighter week)", ["not_specific"]],
        ["Run 14.6 mi", ["not_specific"]],
        ["Run 15 mi", ["not_specific"]],
      ],
    );
  });

  it("reads a daily distance target as seven days of it when comparing weeks", async () => {
    const athlete = await newPerson(handle.db);
    const meso = await athlete.caller.goals.create(mesoInput(null));
    // 3 km every day is 21 km in the week; 22 km the next week is under 5% more.
    await athlete.caller.goals.create(
      microInput(meso.id, WEEK_1, {
        title: "Streak",
        target: { ...weeklyTotal(3, "km"), per: "day" },
      }),
    );
    await athlete.caller.goals.create(
      microInput(meso.id, WEEK_2, { title: "Steady", target: weeklyTotal(22, "km") }),
    );
    const { roots } = await athlete.caller.goals.tree({ year: YEAR });
    expect(codesOf(roots, "Steady")).toEqual([]);
  });

  it("hides archived goals unless asked to include them", async () => {
    const { athlete, macroId, mesoId, microId } = await athleteWithChain(handle.db);
    const extra = await athlete.caller.goals.create(macroInput({ title: "Archived macro" }));
    await athlete.caller.goals.archive({ id: microId, version: 1 });
    await athlete.caller.goals.archive({ id: extra.id, version: 1 });

    const visible = await athlete.caller.goals.tree({ year: YEAR });
    expect(visible.roots.map((root) => root.id)).toEqual([macroId]);
    expect(visible.roots[0]?.children[0]?.children).toEqual([]);

    const everything = await athlete.caller.goals.tree({ year: YEAR, includeArchived: true });
    expect(everything.roots.map((root) => [root.id, root.archived]).sort()).toEqual(
      [
        [macroId, false],
        [extra.id, true],
      ].sort(),
    );
    const meso = flatten(everything.roots).find((node) => node.id === mesoId);
    expect(meso?.children.map((micro) => [micro.id, micro.archived])).toEqual([[microId, true]]);
  });

  it("refuses a year outside 2000–2100 by field", async () => {
    const athlete = await newPerson(handle.db);
    for (const year of [1999, 2101]) {
      const refusal = await refusalOf(athlete.caller.goals.tree({ year }));
      expect(refusal).toMatchObject(fieldRefusal("year", expect.any(String)));
    }
  });
});

describe("goals.get", () => {
  it("returns the goal with its parent, children, plan, checklist and history", async () => {
    const athlete = await newPerson(handle.db, { weekStart: "sunday", distanceUnit: "mi" });
    const macro = await athlete.caller.goals.create(
      macroInput({ checklist: ["Book the race", "Buy shoes"] }),
    );
    const meso = await athlete.caller.goals.create(
      mesoInput(macro.id, { periodStart: "2026-03-01", periodEnd: "2026-04-11" }),
    );
    const micro = await athlete.caller.goals.create(
      microInput(meso.id, "2026-03-08", {
        plan: [{ ...run("2026-03-10", 4.5, "06:30"), note: "Easy" }],
      }),
    );

    const result = await athlete.caller.goals.get({ id: micro.id });
    expect(result).toMatchObject({
      goal: { id: micro.id, level: "micro", periodStart: "2026-03-08", periodEnd: "2026-03-14" },
      parent: { id: meso.id, level: "meso" },
      parentLevel: "meso",
      childLevel: null,
      children: [],
      plan: [{ day: "2026-03-10", time: "06:30", activityType: "run", amount: 4.5, note: "Easy" }],
      checklist: [],
      warnings: [],
      weekStartDay: "sunday",
      distanceUnit: "mi",
    });
    expect(result.thisWeekStart).toBe(weekStartOf(result.today, "sunday"));
    expect(result.history).toEqual([
      {
        id: expect.any(String),
        kind: "created",
        reason: null,
        actorName: "You",
        proposedBy: null,
        createdAt: expect.any(Date),
        changes: [],
      },
    ]);
    // No owner id or other internals leak into the screen's data.
    expect(result.goal).not.toHaveProperty("athleteId");

    const top = await athlete.caller.goals.get({ id: macro.id });
    expect(top).toMatchObject({ parent: null, parentLevel: null, childLevel: "meso" });
    expect(top.children.map((child) => child.id)).toEqual([meso.id]);
    expect(top.checklist.map(({ label, doneOn }) => ({ label, doneOn }))).toEqual([
      { label: "Book the race", doneOn: null },
      { label: "Buy shoes", doneOn: null },
    ]);
  });

  it("is NOT_FOUND for an id that does not exist, and BAD_REQUEST for one that is not an id", async () => {
    const athlete = await newPerson(handle.db);
    await expect(athlete.caller.goals.get({ id: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That goal was not found.",
    });
    const refusal = await refusalOf(athlete.caller.goals.get({ id: "goal-1" }));
    expect(refusal).toMatchObject(fieldRefusal("id", expect.any(String)));
  });
});
