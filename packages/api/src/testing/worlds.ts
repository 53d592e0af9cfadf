import type { Database } from "@stride/db/client";
import { createGoal } from "@stride/db/factories";
import { runningTotal } from "@stride/domain/goals";
import { addDaysTo } from "@stride/domain/periods";
import { createChain } from "./goals";
import { newPerson, type PersonProfile } from "./people";

// Worlds several test files build the same way.

/**
 * "Run 1,000 km" (ten weeks ago to 200 days on) and under it "Base block" (last week to the end
 * of next week, 30 km a week): the season the query budgets hang their weekly goals on.
 */
export async function seasonWithBaseBlock(db: Database, athleteId: string, thisWeek: string) {
  const macro = await createGoal(db, {
    athleteId,
    level: "macro",
    title: "Run 1,000 km",
    periodStart: addDaysTo(thisWeek, -70),
    periodEnd: addDaysTo(thisWeek, 200),
    target: runningTotal({ unit: "km", value: 1000, per: "period" }),
  });
  const meso = await createGoal(db, {
    athleteId,
    level: "meso",
    parentId: macro.id,
    title: "Base block",
    periodStart: addDaysTo(thisWeek, -7),
    periodEnd: addDaysTo(thisWeek, 13),
    target: runningTotal({ unit: "km", value: 30 }),
  });
  return { macro, meso };
}

/**
 * A micro goal of `km` a week under `parentId` for the week starting `start`, with a 10 km run
 * planned at 06:00 on its second day: the weekly goal the query budgets plan.
 */
export function plannedWeek(
  db: Database,
  goal: { athleteId: string; parentId: string; title: string; start: string; km: number },
) {
  return createGoal(db, {
    athleteId: goal.athleteId,
    level: "micro",
    parentId: goal.parentId,
    title: goal.title,
    periodStart: goal.start,
    target: runningTotal({ unit: "km", value: goal.km }),
    plan: [{ day: addDaysTo(goal.start, 1), amount: 10, time: "06:00" }],
  });
}

/** A new athlete (`newPerson`) with the usual macro → meso → micro tree (`createChain`). */
export async function athleteWithChain(db: Database, profile: PersonProfile = {}) {
  const athlete = await newPerson(db, profile);
  return { athlete, ...(await createChain(athlete.caller)) };
}
