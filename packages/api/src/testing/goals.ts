import type { Database } from "@stride/db/client";
import { makeTarget, runningTotal } from "@stride/domain/goals";
import { expect } from "vitest";
import { refusalOf } from "./caller";
import type { Caller } from "./people";

// Shared fixtures for the goals router's integration tests. Every date is fixed (2026) so the
// tests never depend on today's date: Monday 2 March to Sunday 12 April 2026 is a 6-week block.
export const YEAR = 2026;
export const MACRO = { start: "2026-01-01", end: "2026-12-31" } as const;
export const MESO = { start: "2026-03-02", end: "2026-04-12" } as const;
export const WEEK_1 = "2026-03-02";
export const WEEK_2 = "2026-03-09";
export const WEEK_3 = "2026-03-16";
export const WEEK_4 = "2026-03-23";
export const WEEK_5 = "2026-03-30";
export const WEEK_6 = "2026-04-06";

export type CreateInput = Parameters<Caller["goals"]["create"]>[0];
export type UpdateInput = Parameters<Caller["goals"]["update"]>[0];
type PlanInput = CreateInput["plan"][number];

/** "15 mi each week": a weekly running total, as the form sends it. */
export function weeklyTotal(
  value: number,
  unit: "mi" | "km" = "mi",
  baseline: number | null = null,
) {
  return runningTotal({ unit, value, baseline });
}

/** "`value` strength sessions a week". */
export function strengthSessions(value: number) {
  return makeTarget({ kind: "sessions", unit: "sessions", value, activityTypes: ["strength"] });
}

export function run(day: string, amount: number | null = null, time: string | null = null) {
  return { day, time, activityType: "run", amount, note: "" } satisfies PlanInput;
}

const blank = {
  why: "",
  strategy: "",
  category: "running",
  visibility: "private",
  target: null,
  plan: [],
  checklist: [],
  weeks: [],
} satisfies Partial<CreateInput>;

export function macroInput(overrides: Partial<CreateInput> = {}): CreateInput {
  return {
    ...blank,
    level: "macro",
    parentId: null,
    title: "Run a half marathon",
    why: "I want to feel strong at 40",
    periodStart: MACRO.start,
    periodEnd: MACRO.end,
    target: { ...weeklyTotal(1000), per: "period" },
    ...overrides,
  };
}

export function mesoInput(parentId: string | null, overrides: Partial<CreateInput> = {}) {
  return {
    ...blank,
    level: "meso",
    parentId,
    title: "Build to 15 mi a week",
    periodStart: MESO.start,
    periodEnd: MESO.end,
    target: weeklyTotal(15),
    ...overrides,
  } satisfies CreateInput;
}

/** A micro goal for the week starting `weekStart` (its end is derived by the server). */
export function microInput(
  parentId: string | null,
  weekStart: string,
  overrides: Partial<CreateInput> = {},
) {
  return {
    ...blank,
    level: "micro",
    parentId,
    title: `Run the week of ${weekStart}`,
    periodStart: weekStart,
    periodEnd: weekStart,
    target: weeklyTotal(10),
    plan: [run(weekStart, 5)],
    ...overrides,
  } satisfies CreateInput;
}

/** Macro (2026) → meso (2 Mar–12 Apr) → micro (week of 9 Mar, with a plan): the usual tree. */
export async function createChain(caller: Caller) {
  const macro = await caller.goals.create(macroInput());
  const meso = await caller.goals.create(mesoInput(macro.id));
  const micro = await caller.goals.create(
    microInput(meso.id, WEEK_2, { plan: [run(WEEK_2, 4), run("2026-03-11", 6)] }),
  );
  return { macroId: macro.id, mesoId: meso.id, microId: micro.id };
}

/**
 * Every row the athlete owns in the goal tables, in a stable order: what "nothing changed"
 * and "nothing was half-saved" are compared against.
 */
export async function snapshotOf(db: Database, athleteId: string) {
  const goalRows = await db.query.goals.findMany({
    where: (goal, { eq }) => eq(goal.athleteId, athleteId),
    orderBy: (goal, { asc }) => [asc(goal.id)],
  });
  const ids = goalRows.map((goal) => goal.id);
  if (ids.length === 0) return { goals: [], sessions: [], items: [], revisions: [] };
  const [sessions, items, revisions] = await Promise.all([
    db.query.plannedSessions.findMany({
      where: (session, { inArray }) => inArray(session.goalId, ids),
      orderBy: (session, { asc }) => [asc(session.id)],
    }),
    db.query.checklistItems.findMany({
      where: (item, { inArray }) => inArray(item.goalId, ids),
      orderBy: (item, { asc }) => [asc(item.id)],
    }),
    db.query.goalRevisions.findMany({
      where: (revision, { inArray }) => inArray(revision.goalId, ids),
      orderBy: (revision, { asc }) => [asc(revision.id)],
    }),
  ]);
  return { goals: goalRows, sessions, items, revisions };
}

export async function goalCount(db: Database, athleteId: string) {
  return (await snapshotOf(db, athleteId)).goals.length;
}

/**
 * The refusal of `attempt` (called only after the athlete's goal rows are read), checking that
 * none of those rows changed.
 */
export async function refusedWithoutChange(
  db: Database,
  athleteId: string,
  attempt: () => Promise<unknown>,
) {
  const before = await snapshotOf(db, athleteId);
  const refusal = await refusalOf(attempt());
  expect(await snapshotOf(db, athleteId), "the athlete's goals changed").toEqual(before);
  return refusal;
}
