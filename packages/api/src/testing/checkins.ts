import { randomUUID } from "node:crypto";
import type { Database } from "@stride/db/client";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { METRES_PER_MILE } from "@stride/domain/units";
import { activityInput, newMidweekPerson } from "./activities";
import { type CreateInput, microInput, weeklyTotal } from "./goals";
import type { Caller } from "./people";

// Shared fixtures for the check-in integration tests. A check-in is only accepted for a week that
// has started, lateness depends on how long ago the week ended, and runs may not be logged after
// this week, so every date is built from today in the athlete's zone, never written down.

export const MILE = METRES_PER_MILE;

export type SubmitInput = Parameters<Caller["checkins"]["submit"]>[0];
export type OutcomeInput = SubmitInput["goals"][number];

/**
 * A mile athlete whose week started three days ago (so last week ended four days ago and a
 * check-in for it is late, while this week is still running), with a caller acting as them.
 */
export function newRunner(
  db: Database,
  overrides: { timeZone?: string; weekStart?: WeekDay } = {},
) {
  return newMidweekPerson(db, {
    timeZone: overrides.timeZone ?? "America/Los_Angeles",
    weekStart: overrides.weekStart,
    distanceUnit: "mi",
  });
}

/** Today and the athlete's weeks around it: `week(0)` is this week, `week(-1)` last week. */
export function weeksOf(athlete: { weekStart: WeekDay; timeZone: string }) {
  const today = todayIn(athlete.timeZone);
  const thisWeek = weekStartOf(today, athlete.weekStart);
  const week = (offset: number) => addDaysTo(thisWeek, 7 * offset);
  return { today, thisWeek, lastWeek: week(-1), nextWeek: week(1), week };
}

/** A micro goal of "`miles` mi of running" for the week starting `weekStart`, with no plan. */
export async function createWeeklyMiles(
  caller: Caller,
  weekStart: string,
  miles: number,
  overrides: Partial<CreateInput> = {},
) {
  return caller.goals.create(
    microInput(null, weekStart, {
      title: `Run ${miles} mi`,
      target: weeklyTotal(miles),
      plan: [],
      ...overrides,
    }),
  );
}

/** A run of `miles` on `date` (one per start time and day, so vary `startTime` on one day). */
export function logRun(caller: Caller, date: string, miles: number, startTime = "07:00") {
  return caller.activities.create(
    activityInput(date, { distance: miles, durationSeconds: Math.round(miles * 540), startTime }),
  );
}

/** One goal's line of the form: an outcome, no excuse, no decision unless given. */
export function outcome(
  goalId: string,
  value: OutcomeInput["outcome"],
  overrides: Partial<OutcomeInput> = {},
): OutcomeInput {
  return {
    goalId,
    outcome: value,
    excuse: null,
    excuseNote: "",
    decision: null,
    smallerValue: null,
    ...overrides,
  };
}

/** The check-in form as the browser sends it the first time, with a fresh submission key. */
export function submitInput(
  weekStart: string,
  goals: OutcomeInput[],
  overrides: Partial<SubmitInput> = {},
): SubmitInput {
  return {
    weekStart,
    version: null,
    submissionKey: randomUUID(),
    goals,
    wentWell: "",
    gotInTheWay: "",
    nextFocus: "",
    coachOnly: { wentWell: false, gotInTheWay: false, nextFocus: false },
    mood: null,
    energy: null,
    visibility: "private",
    ...overrides,
  };
}

/** Every check-in row of the athlete (for one week when given), straight from the table. */
export function checkinRows(db: Database, athleteId: string, weekStart?: string) {
  return db.query.checkins.findMany({
    where: (checkin, { and, eq }) =>
      and(
        eq(checkin.athleteId, athleteId),
        weekStart === undefined ? undefined : eq(checkin.weekStart, weekStart),
      ),
    orderBy: (checkin, { asc }) => [asc(checkin.weekStart)],
  });
}

/** The per-goal outcome rows of one check-in, in a stable order. */
export function checkinGoalRows(db: Database, checkinId: string) {
  return db.query.checkinGoals.findMany({
    where: (row, { eq }) => eq(row.checkinId, checkinId),
    orderBy: (row, { asc }) => [asc(row.goalId)],
  });
}

/** The athlete's goals copied from `goalId` (what a carry decision makes), straight from the table. */
export function goalsCopiedFrom(db: Database, athleteId: string, goalId: string) {
  return db.query.goals.findMany({
    where: (goal, { and, eq }) => and(eq(goal.athleteId, athleteId), eq(goal.copiedFromId, goalId)),
  });
}

/**
 * A runner (`newRunner`) with a "Run N mi" goal last week for each key of `miles`, created in
 * that order, and, when `ran` is given, a run of `ran.miles` on day `ran.day` of last week.
 */
export async function runnerWithLastWeek<K extends string>(
  db: Database,
  miles: Record<K, number>,
  options: { timeZone?: string; ran?: { day: number; miles: number } } = {},
) {
  const me = await newRunner(db, { timeZone: options.timeZone });
  const weeks = weeksOf(me);
  const goals = {} as Record<K, Awaited<ReturnType<typeof createWeeklyMiles>>>;
  for (const [key, target] of Object.entries(miles) as [K, number][]) {
    goals[key] = await createWeeklyMiles(me.caller, weeks.lastWeek, target);
  }
  if (options.ran) {
    await logRun(me.caller, addDaysTo(weeks.lastWeek, options.ran.day), options.ran.miles);
  }
  return { me, weeks, goals };
}

/**
 * `runnerWithLastWeek` and a check-in form for last week whose outcomes `outcomesOf` picks from
 * those goals (`options.form` for the rest of the form).
 */
export async function runnerWithLastWeekForm<K extends string>(
  db: Database,
  miles: Record<K, number>,
  outcomesOf: (goals: Awaited<ReturnType<typeof runnerWithLastWeek<K>>>["goals"]) => OutcomeInput[],
  options: Parameters<typeof runnerWithLastWeek>[2] & { form?: Partial<SubmitInput> } = {},
) {
  const runner = await runnerWithLastWeek(db, miles, options);
  const form = submitInput(runner.weeks.lastWeek, outcomesOf(runner.goals), options.form);
  return { ...runner, form };
}
