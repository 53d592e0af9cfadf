import { describe, expect, it } from "vitest";
import { type EvaluationContext, evaluateProgress, type ProgressGoal } from "./evaluate";
import { evaluateGoals } from "./rollup";
import { goalOf, halfMarathon, mi, run, tallyOf, target, week } from "./test-support";
import type { GoalTally } from "./types";

// docs/progress.md, rule by rule. Thursday 26 November 2026 unless a test says otherwise: three
// days of the week (Monday to Wednesday) are over.
const at = (today = "2026-11-26", over: Partial<EvaluationContext> = {}): EvaluationContext => ({
  today,
  distanceUnit: "mi",
  ...over,
});
const evaluate = (goal: ProgressGoal, tally: GoalTally, context = at()) =>
  evaluateProgress(goal, tally, context);
const weekly = (days = [run("2026-11-24", 3), run("2026-11-26", 5.2)]) => tallyOf({ days });

describe("value, target and percent", () => {
  it("reads a weekly target as this week's amount against this week's target", () => {
    const progress = evaluate(goalOf(), weekly());
    expect(progress.value).toBeCloseTo(mi(8.2));
    expect(progress.target).toBeCloseTo(mi(15));
    expect(progress.percent).toBeCloseTo(54.7, 1);
    expect(progress.summary).toBe("8.2 of 15 mi this week");
  });

  it("speaks the viewer's unit", () => {
    expect(evaluate(goalOf(), weekly(), at("2026-11-26", { distanceUnit: "km" })).summary).toBe(
      "13.2 of 24.1 km this week",
    );
  });
});

describe("expected by today and the states", () => {
  it("expects the steady share of the days that are over (today is not over)", () => {
    // 3 of 7 days over: 6.4 mi expected; 8.2 is 12% of the target ahead.
    expect(evaluate(goalOf(), weekly()).state).toBe("ahead");
    // 5.2 mi: 8% short of the target: on track.
    expect(evaluate(goalOf(), weekly([run("2026-11-26", 5.2)])).state).toBe("on_track");
    // 3 mi: 22% short: behind; nothing: 43% short: at risk.
    expect(evaluate(goalOf(), weekly([run("2026-11-24", 3)])).state).toBe("behind");
    expect(evaluate(goalOf(), weekly([])).state).toBe("at_risk");
  });

  it("expects what the plan had for the days that are over, when the week has a plan", () => {
    const planned = tallyOf({
      days: [run("2026-11-24", 3)],
      plan: [
        { day: "2026-11-24", amount: mi(3) },
        { day: "2026-11-26", amount: mi(3) },
        { day: "2026-11-29", amount: mi(9) },
      ],
    });
    // The long run is on Sunday: 3 of the 3 planned so far is on track, not behind.
    expect(evaluate(goalOf(), planned).state).toBe("on_track");
  });

  it("is never behind on its first day: nothing was expected yet", () => {
    expect(evaluate(goalOf(), weekly([]), at("2026-11-23")).state).toBe("on_track");
  });

  it("is done when the whole target is met, and not started before its first day", () => {
    expect(evaluate(goalOf(), weekly([run("2026-11-24", 15)])).state).toBe("done");
    expect(evaluate(goalOf(), weekly([]), at("2026-11-20")).state).toBe("not_started");
    expect(evaluate(goalOf({ target: null }), weekly([])).state).toBe("no_target");
  });
});

describe("after the period", () => {
  it("is done when met, partly met from half, otherwise missed", () => {
    const after = at("2026-12-01");
    expect(evaluate(goalOf(), weekly([run("2026-11-24", 15.1)]), after).state).toBe("done");
    expect(evaluate(goalOf(), weekly([run("2026-11-24", 9)]), after).state).toBe("partial");
    expect(evaluate(goalOf(), weekly([run("2026-11-24", 3)]), after).state).toBe("missed");
  });
});

describe("verdicts", () => {
  it("shows the status the athlete set instead of the computed state, with the figures kept", () => {
    const short = weekly([run("2026-11-24", 9.2)]);
    const achieved = evaluate(goalOf({ status: "achieved" }), short);
    expect(achieved.state).toBe("done");
    expect(achieved.summary).toBe("9.2 of 15 mi this week");
    expect(evaluate(goalOf({ status: "partial" }), short).state).toBe("partial");
    expect(evaluate(goalOf({ status: "missed" }), weekly([run("2026-11-24", 16)])).state).toBe(
      "missed",
    );
    expect(evaluate(goalOf({ status: "abandoned" }), short).state).toBe("let_go");
  });
});

describe("a block of several weeks", () => {
  const block = { start: "2026-11-09", end: "2026-12-06" };
  const blockGoal = goalOf({ period: block });
  const child = (start: string, status: "active" | "achieved" | "partial" = "active") => ({
    period: { start, end: "" },
    target: target({ value: mi(10) }),
    status,
    plan: [],
  });
  const blockTally = (days = [run("2026-11-10", 10), run("2026-11-17", 6), run("2026-11-24", 8)]) =>
    tallyOf({
      goal: { level: "meso", period: block },
      days,
      children: [
        child("2026-11-09"),
        child("2026-11-16", "achieved"),
        child("2026-11-23"),
        child("2026-11-30"),
      ],
    });

  it("reads as this week, counting the weeks met so far (a verdict of achieved counts)", () => {
    const progress = evaluate(blockGoal, blockTally());
    expect(progress.summary).toBe("8 of 10 mi this week");
    expect(progress.detail).toBe("2 of 3 weeks met so far");
    expect(progress.weeks.map((w) => w.met)).toEqual([true, true, false]);
    expect(progress.state).toBe("ahead");
  });

  it("reads on track, not done, when this week is met before the block's end", () => {
    const progress = evaluate(
      blockGoal,
      blockTally([run("2026-11-10", 10), run("2026-11-24", 10)]),
    );
    expect(progress.state).toBe("on_track");
  });

  it("is done after its end when every week was met, partly met from half of them", () => {
    const after = at("2026-12-07");
    const all = blockTally(
      ["2026-11-10", "2026-11-17", "2026-11-24", "2026-12-01"].map((d) => run(d, 10)),
    );
    expect(evaluate(blockGoal, all, after).state).toBe("done");
    const half = blockTally([run("2026-11-10", 10), run("2026-12-01", 3)]);
    expect(evaluate(blockGoal, half, after).state).toBe("partial");
    expect(evaluate(blockGoal, blockTally([]), after).state).toBe("missed");
  });
});

describe("a total over the period", () => {
  const year = { start: "2026-01-01", end: "2026-12-31" };
  const total = goalOf({ period: year, target: target({ value: mi(1000), per: "period" }) });
  const tallyWith = (days: ReturnType<typeof run>[]) =>
    tallyOf({ goal: { level: "macro", period: year, target: total.target }, days });

  it("projects the recent pace to the period's end and says what each week needs", () => {
    const days = ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"].map((d) => run(d, 20));
    const progress = evaluate(
      total,
      tallyWith([run("2026-06-01", 700), ...days]),
      at("2026-11-26"),
    );
    expect(progress.summary).toBe("780 of 1,000 mi");
    // 80 mi over the 25 days of this week and the three before: 3.2 mi a day for 35 more days.
    expect(progress.projection).toBe(
      "At your recent pace: 892 of 1,000 mi by 31 Dec; you need 44 mi a week from now.",
    );
  });

  it("reads on track when behind the steady line but on course at the recent pace", () => {
    const days = Array.from({ length: 8 }, (_, i) =>
      run(`2026-11-${String(2 + i * 3).padStart(2, "0")}`, 40),
    );
    const progress = evaluate(
      total,
      tallyWith([run("2026-03-01", 500), ...days]),
      at("2026-11-26"),
    );
    expect(progress.percent).toBeCloseTo(82);
    expect(progress.state).toBe("on_track");
  });
});

describe("each day", () => {
  const daily = goalOf({
    target: target({ unit: "count", value: 2, per: "day", activityTypes: [] }),
  });
  const habits = (counts: number[]) =>
    tallyOf({
      goal: { target: daily.target },
      habits: counts.map((count, i) => ({ date: `2026-11-2${3 + i}`, count })),
    });

  it("counts the days met among the days over, and today once it is met", () => {
    const progress = evaluate(daily, habits([2, 2, 1, 2]));
    expect(progress).toMatchObject({ value: 3, target: 7, summary: "Met on 3 of 4 days" });
    expect(progress.detail).toBe("Today: 2 of 2");
    expect(progress.state).toBe("behind");
  });

  it("is on track from six days in seven, done after the period at that share", () => {
    expect(evaluate(daily, habits([2, 2, 2])).state).toBe("on_track");
    expect(evaluate(daily, habits([2, 2, 2, 2, 2, 2, 0]), at("2026-11-30")).state).toBe("done");
    expect(evaluate(daily, habits([2, 2, 2, 2, 0, 0, 0]), at("2026-11-30")).state).toBe("partial");
  });
});

describe("milestones, best performances and checklists", () => {
  const year = { start: "2026-08-01", end: "2027-07-31" };

  it("reads a checklist against a steady share of its period", () => {
    const goal = goalOf({
      period: year,
      target: target({
        kind: "checklist",
        unit: "items",
        value: 10,
        per: "period",
        label: "states",
      }),
    });
    const progress = evaluate(goal, {
      total: 4,
      weeks: [],
      days: {},
      checklist: { done: 4, total: 12 },
    });
    expect(progress).toMatchObject({
      value: 4,
      target: 10,
      percent: 40,
      summary: "4 of 10 states",
    });
    // 117 of 365 days over: 3.2 states expected.
    expect(progress.state).toBe("on_track");
    const five = { total: 5, weeks: [], days: {}, checklist: { done: 5, total: 12 } };
    expect(evaluate(goal, five).state).toBe("ahead");
  });

  it("gives a best time its percent as target over best", () => {
    const goal = goalOf({
      period: year,
      target: halfMarathon(),
    });
    const progress = evaluate(goal, {
      total: 7290,
      weeks: [],
      days: {},
      checklist: { done: 0, total: 0 },
    });
    expect(progress.percent).toBeCloseTo(94.7, 1);
    expect(progress.summary).toBe("Best: 2:01:30 (target 1:55:00)");
  });
});

describe("a parent and its children", () => {
  const year = { start: "2026-08-01", end: "2027-07-31" };
  const milestone = target({ kind: "milestone", per: "period", value: mi(13.1) });
  const parent = {
    id: "macro",
    parentId: null,
    level: "macro" as const,
    status: "active" as const,
    archived: false,
    period: year,
    target: milestone,
    tally: tallyOf({
      goal: { level: "macro", period: year, target: milestone },
      days: [run("2026-11-01", 6)],
    }),
  };
  const blockOf = (id: string, miles: number, over = {}) => ({
    id,
    parentId: "macro",
    level: "meso" as const,
    status: "active" as const,
    archived: false,
    period: week,
    target: target(),
    tally: weekly([run("2026-11-24", miles)]),
    ...over,
  });

  it("takes the least favourable state of the current children when it has no pace of its own", () => {
    const results = evaluateGoals([parent, blockOf("a", 15), blockOf("b", 3)], at());
    expect(results.get("b")?.state).toBe("behind");
    expect(results.get("macro")?.state).toBe("behind");
    expect(results.get("macro")?.summary).toBe("Longest: 6 of 13.1 mi");
  });

  it("counts a done child as on track, and leaves out archived children and verdicts", () => {
    const results = evaluateGoals(
      [
        parent,
        blockOf("a", 15),
        blockOf("b", 0, { archived: true }),
        blockOf("c", 0, { status: "missed" }),
      ],
      at(),
    );
    expect(results.get("a")?.state).toBe("done");
    expect(results.get("macro")?.state).toBe("on_track");
    expect(evaluateGoals([parent], at()).get("macro")?.state).toBe("on_track");
  });
});
