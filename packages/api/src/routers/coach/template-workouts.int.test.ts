import { useTestDatabase } from "@stride/db/testing";
import type { Workout } from "@stride/domain/training";
import { describe, expect, it } from "vitest";
import { assignAndAccept, linkCoach } from "../../testing/coaching";
import { macroInput } from "../../testing/goals";
import { type Caller, newPerson } from "../../testing/people";

const handle = useTestDatabase();

type TemplateInput = Parameters<Caller["coach"]["createTemplate"]>[0];

const reps: Workout = {
  warmup: { length: "time", value: 900, target: { kind: "open" } },
  sets: [
    {
      count: 5,
      work: {
        length: "distance",
        value: 1000,
        target: { kind: "pace", fastest: 240, slowest: 250 },
      },
      recovery: { length: "time", value: 90, target: { kind: "heartRateZone", zone: 1 } },
    },
  ],
  cooldown: { length: "time", value: 600, target: { kind: "open" } },
};

function milesTemplate(): TemplateInput {
  const week = (value: number, sessions: TemplateInput["weeks"][number]["sessions"]) => ({
    title: `Run ${value} mi`,
    value,
    strategy: "",
    sessions,
  });
  return {
    name: "Speed block",
    description: "",
    title: "Get quicker",
    why: "",
    category: "running",
    visibility: "coach",
    target: {
      kind: "total",
      unit: "mi",
      per: "week",
      baseline: null,
      value: 12.5,
      activityTypes: ["run"],
      label: null,
      eventDistanceMetres: null,
    },
    weeks: [
      week(10, [
        { dayOffset: 1, time: null, activityType: "run", amount: 5, note: "Reps", workout: reps },
        { dayOffset: 5, time: null, activityType: "run", amount: 5, note: "Long", workout: null },
      ]),
      week(12.5, []),
    ],
  };
}

describe("a template's workouts, distances and units, from coach to athlete", () => {
  it("previews the weeks, then makes them in the athlete's km under their macro goal, steps kept", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach", distanceUnit: "mi" });
    const kim = await newPerson(handle.db, { name: "Kim Kilometres", distanceUnit: "km" });
    await linkCoach(coach, kim);
    const macro = await kim.caller.goals.create(macroInput({ target: null }));
    const { id } = await coach.caller.coach.createTemplate(milesTemplate());
    await coach.caller.coach.assignTemplate({
      id,
      athleteIds: [kim.id],
      startDate: "2026-03-04",
      note: "",
    });

    const [proposal] = await kim.caller.coaching.proposals();
    // The preview: both weeks, the session's distance and its workout in kilometres.
    expect(proposal?.weeks?.map((w) => [w.periodStart, w.title])).toEqual([
      ["2026-03-09", "Run 16.1 km"],
      ["2026-03-16", "Run 20.1 km"],
    ]);
    expect(proposal?.weeks?.[0]?.sessions).toEqual([
      {
        day: "2026-03-10",
        activityType: "run",
        amount: 8.05,
        unit: "km",
        note: "Reps",
        workoutText:
          "Warm-up 15 min easy · 5 × (1 km @ 4:00–4:10/km, 1:30 min in HR zone 1) · Cool-down 10 min easy",
      },
      {
        day: "2026-03-14",
        activityType: "run",
        amount: 8.05,
        unit: "km",
        note: "Long",
        workoutText: null,
      },
    ]);

    const accepted = await kim.caller.coaching.acceptProposal({ id: proposal?.id ?? "", note: "" });
    const meso = await kim.caller.goals.get({ id: accepted.goalId ?? "" });
    expect(meso.goal.parentId).toBe(macro.id);
    expect(meso.goal.targetInput).toMatchObject({ unit: "km", value: 20.12 });
    const first = await kim.caller.goals.get({ id: meso.children[0]?.id ?? "" });
    expect(first.goal.targetInput).toMatchObject({ unit: "km", value: 16.09 });
    expect(first.plan.map((s) => [s.amount, s.workout])).toEqual([
      [8.05, reps],
      [8.05, null],
    ]);
    // The answered proposal has no preview any more.
    expect((await kim.caller.coaching.proposals())[0]?.weeks).toBeNull();
  });

  it("leaves a block on its own when no macro goal holds it", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const miles = await newPerson(handle.db, { distanceUnit: "mi" });
    await linkCoach(coach, miles);
    // A macro goal that ends before the block: not its parent.
    await miles.caller.goals.create(
      macroInput({ periodStart: "2026-01-01", periodEnd: "2026-03-10", target: null }),
    );
    const { id } = await coach.caller.coach.createTemplate(milesTemplate());
    const meso = await assignAndAccept(coach, miles, { id, startDate: "2026-03-04" });
    expect(meso.goal.parentId).toBeNull();
    expect(meso.goal.targetInput).toMatchObject({ unit: "mi", value: 12.5 });
  });
});
