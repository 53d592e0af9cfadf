import { randomUUID } from "node:crypto";
import type { Database } from "@stride/db/client";
import { listOwnRecords } from "@stride/db/testing/read-models";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { TRPCError } from "@trpc/server";
import { outcome, submitInput } from "./checkins";
import { coachAndAthlete } from "./coaching";
import { weeklyTotal } from "./goals";

// The world the read-model property test writes to (read-models.int.test.ts): an athlete with a
// year's total, a 4-week block split into weekly goals, a daily habit, a checklist and a
// milestone, coached by a coach whose triage reads them. Commands are what a person does.

export type World = Awaited<ReturnType<typeof makeWorld>>;

export async function makeWorld(db: Database) {
  const { coach, athlete } = await coachAndAthlete(db);
  const today = todayIn("UTC");
  const week = weekStartOf(today, "monday");
  const caller = athlete.caller;
  const blank = {
    why: "",
    strategy: "",
    category: "running" as const,
    visibility: "coach" as const,
  };
  const none = { parentId: null, plan: [], checklist: [], weeks: [] };
  const macro = await caller.goals.create({
    ...blank,
    ...none,
    level: "macro",
    title: "1,000 km this year",
    periodStart: addDaysTo(week, -56),
    periodEnd: addDaysTo(week, 300),
    target: { ...weeklyTotal(1000, "km"), per: "period" },
  });
  const blockStart = addDaysTo(week, -14);
  await caller.goals.create({
    ...blank,
    ...none,
    level: "meso",
    parentId: macro.id,
    title: "From 20 to 30 km a week",
    periodStart: blockStart,
    periodEnd: addDaysTo(blockStart, 27),
    target: weeklyTotal(30, "km", 20),
    weeks: [0, 1, 2, 3].map((i) => ({
      periodStart: addDaysTo(blockStart, i * 7),
      value: 20 + 3 * i,
    })),
  });
  await caller.goals.create({
    ...blank,
    ...none,
    level: "micro",
    title: "Two veggie servings a day",
    periodStart: week,
    periodEnd: addDaysTo(week, 6),
    target: { ...weeklyTotal(2), unit: "count", per: "day", activityTypes: [], label: "servings" },
  });
  await caller.goals.create({
    ...blank,
    ...none,
    level: "macro",
    title: "Run in 5 parks",
    periodStart: addDaysTo(week, -56),
    periodEnd: addDaysTo(week, 200),
    target: { ...weeklyTotal(5), kind: "checklist", unit: "items", per: "period", label: "parks" },
    checklist: ["North", "South", "East", "West", "Central"],
  });
  await caller.goals.create({
    ...blank,
    ...none,
    level: "macro",
    title: "A 15 km long run",
    periodStart: addDaysTo(week, -56),
    periodEnd: addDaysTo(week, 200),
    target: { ...weeklyTotal(15, "km"), kind: "milestone", per: "period" },
  });
  return { db, coach, athlete, caller, week };
}

/** The athlete's goals and activities, for commands that pick one. */
export const pickable = (world: World) => listOwnRecords(world.db, world.athlete.id);

/** Refusals a person can meet (not found, conflict, a rule); anything else fails the test. */
export async function asAPerson(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    if (
      error instanceof TRPCError &&
      ["BAD_REQUEST", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS"].includes(error.code)
    )
      return;
    throw error;
  }
}

export const checkinOf = (weekStart: string, goalIds: string[], outcomes: string[]) =>
  submitInput(
    weekStart,
    goalIds.map((id, i) =>
      outcome(id, (outcomes[i % outcomes.length] ?? "hit") as "hit" | "partial" | "missed"),
    ),
    { submissionKey: randomUUID(), visibility: "coach", mood: 3, energy: 3 },
  );
