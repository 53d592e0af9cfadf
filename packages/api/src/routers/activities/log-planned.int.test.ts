import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityRows, listAll, newMidweekPerson, thisWeekOf } from "../../testing/activities";
import { refusalOf } from "../../testing/caller";
import { microInput, run, weeklyTotal } from "../../testing/goals";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

/** A mile athlete whose week has days behind and ahead of today. */
async function miler() {
  return newMidweekPerson(handle.db, { timeZone: "Europe/London", distanceUnit: "mi" });
}

/** A micro goal for this week with a 3 mi run planned today at 06:30; returns the session id. */
async function planToday(athlete: Person) {
  const { today, start } = thisWeekOf(athlete);
  const goal = await athlete.caller.goals.create(
    microInput(null, start, {
      title: "Easy week",
      target: weeklyTotal(12, "mi"),
      plan: [{ ...run(today, 3, "06:30"), note: "Keep it easy" }],
    }),
  );
  const sessionId = (await athlete.caller.goals.get({ id: goal.id })).plan[0]?.id;
  if (!sessionId) throw new Error("The plan has no session");
  return { goalId: goal.id, sessionId, today, start };
}

describe("activities.logPlanned", () => {
  it("logs the session as planned, converted to metres, and the week shows it done", async () => {
    const athlete = await miler();
    const { sessionId, goalId, today, start } = await planToday(athlete);

    const logged = await athlete.caller.activities.logPlanned({ sessionId });
    expect(logged).toMatchObject({
      date: today,
      startTime: "06:30",
      type: "run",
      name: "Easy week",
      distance: 3,
      distanceUnit: "mi",
      durationSeconds: null,
      notes: "Keep it easy",
      source: "plan",
      plannedSessionId: sessionId,
    });
    const rows = await activityRows(handle.db, athlete.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.distanceMetres).toBeCloseTo(4828.032, 3);

    const week = await athlete.caller.week.get({ weekStart: null });
    expect(week.weekStart).toBe(start);
    const goal = week.goals.find((g) => g.id === goalId);
    expect(goal?.plan).toMatchObject([
      { id: sessionId, status: "done", activityId: logged.id, amount: 3, unit: "mi" },
    ]);
    expect(week.activities.map((a) => a.id)).toEqual([logged.id]);
  });

  it("logs the session once when it is logged twice", async () => {
    const athlete = await miler();
    const { sessionId } = await planToday(athlete);
    const first = await athlete.caller.activities.logPlanned({ sessionId });
    const second = await athlete.caller.activities.logPlanned({ sessionId });
    expect(second.id).toBe(first.id);
    expect(await activityRows(handle.db, athlete.id)).toHaveLength(1);
  });

  it("logs each session once when two taps arrive at the same time", async () => {
    const athlete = await miler();
    const { today, start } = thisWeekOf(athlete);
    // Several sessions, each tapped twice at once, so the race is not left to luck.
    const goal = await athlete.caller.goals.create(
      microInput(null, start, {
        target: weeklyTotal(12, "mi"),
        plan: ["06:00", "09:00", "12:00", "18:00"].map((time) => run(today, 1, time)),
      }),
    );
    const sessionIds = (await athlete.caller.goals.get({ id: goal.id })).plan.map((s) => s.id);
    const taps = sessionIds.flatMap((sessionId) => [sessionId, sessionId]);
    // Each tap's answer: the activity id, or what the client would be told instead.
    const answers = await Promise.all(
      taps.map(async (sessionId) => {
        const call = athlete.caller.activities.logPlanned({ sessionId });
        const logged = await call.catch(() => null);
        if (logged) return logged.id;
        const { code, message } = await refusalOf(call);
        return `${code}: ${message}`;
      }),
    );

    const rows = await activityRows(handle.db, athlete.id);
    expect(rows.map((row) => row.plannedSessionId).sort()).toEqual([...sessionIds].sort());
    const idOf = new Map(rows.map((row) => [row.plannedSessionId, row.id]));
    // Both taps are answered with the one activity: a double tap is not an error.
    expect(answers).toEqual(taps.map((sessionId) => idOf.get(sessionId)));
  });

  it("logs a planned time as the duration, with no distance", async () => {
    const athlete = await newPerson(handle.db, {
      weekStart: "monday",
      timeZone: "UTC",
      distanceUnit: "km",
    });
    const { today, start } = thisWeekOf(athlete);
    const goal = await athlete.caller.goals.create(
      microInput(null, start, {
        target: { ...weeklyTotal(120), unit: "min" },
        plan: [run(today, 45)],
      }),
    );
    const sessionId = (await athlete.caller.goals.get({ id: goal.id })).plan[0]?.id ?? "";
    expect(await athlete.caller.activities.logPlanned({ sessionId })).toMatchObject({
      durationSeconds: 2700,
      distance: null,
      startTime: null,
      date: today,
    });
  });

  it("logs the session again after the logged activity was deleted", async () => {
    const athlete = await miler();
    const { sessionId } = await planToday(athlete);
    const first = await athlete.caller.activities.logPlanned({ sessionId });
    await athlete.caller.activities.delete({ id: first.id });
    const again = await athlete.caller.activities.logPlanned({ sessionId });
    expect(again.id).not.toBe(first.id);
    expect((await listAll(athlete.caller)).map((a) => a.id)).toEqual([again.id]);
  });

  it("refuses a session planned after this week, and saves nothing", async () => {
    const athlete = await miler();
    const { start } = thisWeekOf(athlete);
    const nextWeek = addDaysTo(start, 7);
    const goal = await athlete.caller.goals.create(
      microInput(null, nextWeek, { target: weeklyTotal(12, "mi"), plan: [run(nextWeek, 3)] }),
    );
    const sessionId = (await athlete.caller.goals.get({ id: goal.id })).plan[0]?.id ?? "";
    const refusal = await refusalOf(athlete.caller.activities.logPlanned({ sessionId }));
    expect(refusal).toMatchObject({ code: "BAD_REQUEST" });
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["date"]);
    expect(await activityRows(handle.db, athlete.id)).toEqual([]);
  });
});
