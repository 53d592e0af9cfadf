import type { Database } from "@stride/db/client";
import { useTestDatabase } from "@stride/db/testing";
import { makeTarget } from "@stride/domain/goals";
import { describe, expect, it } from "vitest";
import { fieldRefusal, notFound, refusalOf } from "../../testing/caller";
import { assignAndAccept, coachAndAthlete, linkCoach } from "../../testing/coaching";
import { type Caller, newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

type TemplateInput = Parameters<Caller["coach"]["createTemplate"]>[0];
type WeekInput = TemplateInput["weeks"][number];

const TEMPLATE_NOT_FOUND = notFound("template");
// A Wednesday: Monday athletes start on 9 March, Sunday athletes on 8 March.
const START_DATE = "2026-03-04";

function week(value: number, sessions: WeekInput["sessions"] = []): WeekInput {
  return { title: `Run ${value} mi`, value, strategy: "", sessions };
}

const session = (dayOffset: number, amount: number) =>
  ({ dayOffset, time: "06:30", activityType: "run", amount, note: "" }) as const;

/** "6 weeks: 10 to 15 miles/week", with a lighter fourth week and sessions in two weeks. */
function tenToFifteen(overrides: Partial<TemplateInput> = {}): TemplateInput {
  return {
    name: "6 weeks: 10 to 15 miles/week",
    description: "A gentle build",
    title: "Build to 15 mi a week",
    why: "A stronger base",
    category: "running",
    visibility: "coach",
    target: makeTarget({
      unit: "mi",
      baseline: 10,
      value: 15,
    }),
    weeks: [
      week(11, [session(1, 4), session(5, 7)]),
      week(12),
      week(13, [session(0, 5)]),
      week(10.4),
      week(14),
      week(15),
    ],
    ...overrides,
  };
}

function proposalRows(db: Database, athleteIds: string[]) {
  return db.query.goalProposals.findMany({
    where: (proposal, { inArray }) => inArray(proposal.athleteId, athleteIds),
  });
}

/** The athlete's goals, with each goal's planned session days, in period order. */
async function goalsOf(person: Person, mesoId: string) {
  const meso = await person.caller.goals.get({ id: mesoId });
  const micros = [];
  for (const child of meso.children) {
    const micro = await person.caller.goals.get({ id: child.id });
    micros.push({
      level: micro.goal.level,
      start: micro.goal.periodStart,
      end: micro.goal.periodEnd,
      value: micro.goal.targetInput?.value ?? null,
      days: micro.plan.map((s) => s.day),
      proposedBy: micro.history[0]?.proposedBy,
    });
  }
  return { meso: meso.goal, history: meso.history, micros };
}

describe("plan templates", () => {
  it("lists a template with ramp warnings only above the larger of the two weeks before", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const made = await coach.caller.coach.createTemplate(tenToFifteen());
    // 14 after the lighter 10.4 is 8% above 13, the larger of the two weeks before: no warning.
    expect(made.warnings).toEqual([]);

    const [listed] = await coach.caller.coach.templates();
    expect(listed).toMatchObject({
      id: made.id,
      name: "6 weeks: 10 to 15 miles/week",
      warnings: [],
    });
    expect(listed?.fields.weeks.map((w) => w.value)).toEqual([11, 12, 13, 10.4, 14, 15]);

    // Week 6 at 16 mi is 14% above 14 mi.
    const steeper = tenToFifteen();
    steeper.weeks[5] = week(16);
    const updated = await coach.caller.coach.updateTemplate({ id: made.id, fields: steeper });
    expect(updated.warnings).toEqual([
      {
        week: 6,
        message: "Week 6 (16 mi) is 14% more than 14 mi, above the 10% ramp limit.",
      },
    ]);
    expect((await coach.caller.coach.template({ id: made.id })).warnings).toEqual(updated.warnings);
  });

  it("assigns a plan to each athlete on their own calendar; accepting makes the meso and 6 weeks", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const sunday = await newPerson(handle.db, { name: "Sunny Sunday", weekStart: "sunday" });
    await linkCoach(coach, sunday);
    const { id } = await coach.caller.coach.createTemplate(tenToFifteen());

    expect(
      await coach.caller.coach.assignTemplate({
        id,
        athleteIds: [athlete.id, sunday.id],
        startDate: START_DATE,
        note: "Spring build",
      }),
    ).toEqual({ proposals: 2, warnings: [] });

    const expectations = [
      { person: athlete, start: "2026-03-09", end: "2026-04-19" },
      { person: sunday, start: "2026-03-08", end: "2026-04-18" },
    ];
    for (const { person, start, end } of expectations) {
      const proposals = await person.caller.coaching.proposals();
      expect(proposals).toHaveLength(1);
      expect(proposals[0]).toMatchObject({ kind: "plan", status: "pending", note: "Spring build" });
      const accepted = await person.caller.coaching.acceptProposal({
        id: proposals[0]?.id ?? "",
        note: "",
      });
      expect(accepted.applied).toBe(true);

      const { meso, history, micros } = await goalsOf(person, accepted.goalId ?? "");
      expect(meso).toMatchObject({
        level: "meso",
        parentId: null,
        title: "Build to 15 mi a week",
        periodStart: start,
        periodEnd: end,
        visibility: "coach",
      });
      // 6 weeks: 42 days, first and last included.
      expect((Date.parse(end) - Date.parse(start)) / 86_400_000 + 1).toBe(42);
      expect(history[0]?.proposedBy).toBe("Casey Coach");

      const weekStart = (i: number) =>
        new Date(Date.parse(start) + i * 7 * 86_400_000).toISOString().slice(0, 10);
      const day = (i: number, offset: number) =>
        new Date(Date.parse(weekStart(i)) + offset * 86_400_000).toISOString().slice(0, 10);
      expect(micros).toEqual(
        // Both athletes read kilometres: the template's miles arrive in their unit.
        [11, 12, 13, 10.4, 14, 15].map((miles, i) => ({
          level: "micro",
          start: weekStart(i),
          end: day(i, 6),
          value: Math.round(miles * 160.9344) / 100,
          days: i === 0 ? [day(0, 1), day(0, 5)] : i === 2 ? [day(2, 0)] : [],
          proposedBy: "Casey Coach",
        })),
      );
    }
    // The Monday athlete's sessions, spelled out: Tuesday and Saturday of the first week.
    const first = await goalsOf(
      athlete,
      (await athlete.caller.coaching.proposals())[0]?.resultGoalId ?? "",
    );
    expect(first.micros[0]?.days).toEqual(["2026-03-10", "2026-03-14"]);
  });

  it("writes the weeks' titles in the athlete's own unit", async () => {
    const { coach } = await coachAndAthlete(handle.db);
    const kilometres = await newPerson(handle.db, { name: "Kim Kilometres" });
    await kilometres.caller.profile.update({
      ...(await kilometres.caller.profile.get()),
      distanceUnit: "km",
    });
    await linkCoach(coach, kilometres);
    const { id } = await coach.caller.coach.createTemplate(tenToFifteen());
    const meso = await assignAndAccept(coach, kilometres, { id, startDate: START_DATE });
    // "Run 11 mi" for a runner who reads kilometres: "Run 17.7 km · 0 of 17.7 km", not miles.
    expect(meso.children.map((week) => week.title)).toEqual([
      "Run 17.7 km",
      "Run 19.3 km",
      "Run 20.9 km",
      "Run 16.7 km",
      "Run 22.5 km",
      "Run 24.1 km",
    ]);
    expect(meso.children[0]?.progress.summary).toBe("0 of 17.7 km");
  });

  it("assigns to nobody when one of the athletes is not coached", async () => {
    const { coach, athlete, stranger } = await coachAndAthlete(handle.db);
    const { id } = await coach.caller.coach.createTemplate(tenToFifteen());

    expect(
      await refusalOf(
        coach.caller.coach.assignTemplate({
          id,
          athleteIds: [athlete.id, stranger.id],
          startDate: START_DATE,
          note: "",
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "That athlete was not found." });
    expect(await proposalRows(handle.db, [athlete.id, stranger.id])).toEqual([]);
    expect(await athlete.caller.coaching.proposals()).toEqual([]);
    expect((await athlete.caller.notifications.list()).items).toEqual([]);
  });

  it("belongs to its coach: another coach can't read, change, delete or assign it", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const other = await newPerson(handle.db, { name: "Olive Othercoach" });
    await linkCoach(other, athlete);
    const { id } = await coach.caller.coach.createTemplate(tenToFifteen());
    const before = await coach.caller.coach.template({ id });

    const attempts = [
      () => other.caller.coach.template({ id }),
      () => other.caller.coach.updateTemplate({ id, fields: tenToFifteen({ name: "Mine" }) }),
      () => other.caller.coach.deleteTemplate({ id }),
      () =>
        other.caller.coach.assignTemplate({
          id,
          athleteIds: [athlete.id],
          startDate: START_DATE,
          note: "",
        }),
    ];
    for (const attempt of attempts)
      expect(await refusalOf(attempt())).toMatchObject(TEMPLATE_NOT_FOUND);

    expect(await other.caller.coach.templates()).toEqual([]);
    expect(await coach.caller.coach.template({ id })).toEqual(before);
    expect(await proposalRows(handle.db, [athlete.id])).toEqual([]);

    // The owner can delete it; then it is gone for them too.
    expect(await coach.caller.coach.deleteTemplate({ id })).toEqual({ id });
    expect(await refusalOf(coach.caller.coach.template({ id }))).toMatchObject(TEMPLATE_NOT_FOUND);
  });

  it("refuses a one-week template", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const refusal = await refusalOf(
      coach.caller.coach.createTemplate(tenToFifteen({ weeks: [week(11)] })),
    );
    expect(refusal).toMatchObject(fieldRefusal("weeks", "A meso block lasts at least 2 weeks"));
    expect(refusal.message).toContain("A meso block lasts at least 2 weeks");
    expect(await coach.caller.coach.templates()).toEqual([]);
  });
});
