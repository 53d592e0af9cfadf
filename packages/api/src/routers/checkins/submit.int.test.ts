import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import {
  checkinGoalRows,
  checkinRows,
  createWeeklyMiles,
  logRun,
  MILE,
  outcome,
  runnerWithLastWeekForm,
  submitInput,
} from "../../testing/checkins";

const handle = useTestDatabase();

/** Last week (ended four days ago): 6 mi of running against four goals, one for each outcome. */
function setUp() {
  return runnerWithLastWeekForm(
    handle.db,
    { hit: 5, missed: 20, letGo: 30, excused: 25 },
    (goals) => [
      outcome(goals.hit.id, "hit"),
      outcome(goals.missed.id, "missed"),
      outcome(goals.letGo.id, "missed", { decision: "let_go" }),
      outcome(goals.excused.id, "excused", { excuse: "sick", excuseNote: "  Flu all week " }),
    ],
    { timeZone: "Europe/Berlin", ran: { day: 2, miles: 6 } },
  );
}

describe("checkins.submit, the first time", () => {
  it("saves the reflections, mood, energy, visibility and coach-only parts", async () => {
    const { me, weeks, form } = await setUp();
    // Kept as sent; only "went well" comes with spaces to trim.
    const asSent = {
      gotInTheWay: "A cold",
      nextFocus: "Sleep more",
      coachOnly: { wentWell: false, gotInTheWay: true, nextFocus: false },
      mood: 4,
      energy: 2,
      visibility: "coach" as const,
    };
    const saved = await me.caller.checkins.submit({
      ...form,
      wentWell: "  Long run felt easy  ",
      ...asSent,
    });
    expect(saved).toMatchObject({
      weekStart: weeks.lastWeek,
      weekEnd: addDaysTo(weeks.lastWeek, 6),
      wentWell: "Long run felt easy",
      ...asSent,
      version: 1,
    });

    const rows = await checkinRows(handle.db, me.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: saved.id,
      athleteId: me.id,
      weekStart: weeks.lastWeek,
      wentWell: "Long run felt easy",
      gotInTheWayCoachOnly: true,
      wentWellCoachOnly: false,
      nextFocusCoachOnly: false,
      mood: 4,
      energy: 2,
      visibility: "coach",
      submissionKey: form.submissionKey,
    });
    // What the screen reloads is what was saved.
    const reloaded = await me.caller.checkins.get({ weekStart: weeks.lastWeek });
    expect(reloaded.checkin).toEqual(saved);
    expect(reloaded.history).toEqual([]);
  });

  it("stores each outcome with the week's actual and target amounts in metres", async () => {
    const { me, goals, form } = await setUp();
    const saved = await me.caller.checkins.submit(form);
    const rows = await checkinGoalRows(handle.db, saved.id);
    expect(rows).toHaveLength(4);
    const row = (id: string) => rows.find((r) => r.goalId === id);
    expect(row(goals.hit.id)).toMatchObject({ outcome: "hit", decision: null, excuse: null });
    expect(row(goals.missed.id)).toMatchObject({ outcome: "missed", decision: null });
    expect(row(goals.letGo.id)).toMatchObject({ outcome: "missed", decision: "let_go" });
    expect(row(goals.excused.id)).toMatchObject({
      outcome: "excused",
      excuse: "sick",
      excuseNote: "Flu all week",
      carriedGoalId: null,
    });
    const targets = { hit: 5, missed: 20, letGo: 30, excused: 25 };
    for (const [name, miles] of Object.entries(targets)) {
      const stored = row(goals[name as keyof typeof goals].id);
      expect(stored?.actualValue).toBeCloseTo(6 * MILE, 6);
      expect(stored?.targetValue).toBeCloseTo(miles * MILE, 6);
    }
    // The result carries the same lines the table holds.
    expect([...saved.goals].sort((a, b) => a.goalId.localeCompare(b.goalId))).toEqual(
      rows.map(({ checkinId: _checkinId, ...rest }) => rest),
    );
  });

  it("marks hit goals achieved, missed ones missed, let-go ones abandoned and leaves excused ones", async () => {
    const { me, goals, form } = await setUp();
    await me.caller.checkins.submit(form);
    const statusOf = async (id: string) => (await me.caller.goals.get({ id })).goal.status;
    expect({
      hit: await statusOf(goals.hit.id),
      missed: await statusOf(goals.missed.id),
      letGo: await statusOf(goals.letGo.id),
      excused: await statusOf(goals.excused.id),
    }).toEqual({ hit: "achieved", missed: "missed", letGo: "abandoned", excused: "active" });

    // Each change is in the goal's history, said to come from the check-in.
    const history = (await me.caller.goals.get({ id: goals.letGo.id })).history;
    expect(history.filter((h) => h.kind === "status")).toMatchObject([
      { reason: "Weekly check-in", actorName: "You" },
    ]);
    const excused = (await me.caller.goals.get({ id: goals.excused.id })).history;
    expect(excused.filter((h) => h.kind === "status")).toEqual([]);
  });

  it("is late for a week that ended days ago, and week.get shows it submitted", async () => {
    const { me, weeks, form } = await setUp();
    const before = await me.caller.week.get({ weekStart: weeks.thisWeek });
    expect(before.checkin.previousWeekMissing).toBe(true);

    const saved = await me.caller.checkins.submit(form);
    expect(saved.late).toBe(true);

    const week = await me.caller.week.get({ weekStart: weeks.lastWeek });
    expect(week.checkin).toMatchObject({ submitted: true, late: true, canCheckIn: true });
    const following = await me.caller.week.get({ weekStart: weeks.thisWeek });
    expect(following.checkin).toMatchObject({ submitted: false, previousWeekMissing: false });
  });

  it("is on time for this week, and starts the record", async () => {
    const { me, weeks } = await setUp();
    const goal = await createWeeklyMiles(me.caller, weeks.thisWeek, 3);
    await logRun(me.caller, weeks.today, 3);
    const saved = await me.caller.checkins.submit(
      submitInput(weeks.thisWeek, [outcome(goal.id, "hit")]),
    );
    expect(saved).toMatchObject({ weekStart: weeks.thisWeek, late: false, version: 1 });
    const week = await me.caller.week.get({ weekStart: null });
    expect(week.checkin).toMatchObject({ submitted: true, late: false });
  });

  it("counts the first finished week in the record", async () => {
    const { me, weeks, form } = await setUp();
    await me.caller.checkins.submit(form);
    const result = await me.caller.checkins.get({ weekStart: weeks.thisWeek });
    // Hit, missed, missed (let go); the excused goal is left out: 1 of 3.
    expect(result.consistency).toMatchObject({ checkedIn: 1, run: 1 });
    expect(result.consistency.adherence).toBeCloseTo(1 / 3, 6);
    expect(result.consistency.text).toBe(
      "Checked in every week so far (1 of 1). Met 33% of weekly goals over 6 weeks.",
    );
  });
});
