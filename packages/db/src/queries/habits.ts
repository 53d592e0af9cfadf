import { and, eq, gte, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { goals, habitEntries } from "../schema";
import { isAnyOf } from "./id-list";
import { asOwner, goalsVisibleTo } from "./policy";

export async function listHabitEntries(
  db: Database,
  input: { ownerId: string; goalIds: readonly string[]; from: string; to: string },
) {
  if (input.goalIds.length === 0) return [];
  return db
    .select({ goalId: habitEntries.goalId, date: habitEntries.date, count: habitEntries.count })
    .from(habitEntries)
    .innerJoin(goals, eq(goals.id, habitEntries.goalId))
    .where(
      and(
        isAnyOf(habitEntries.goalId, input.goalIds),
        goalsVisibleTo(asOwner(input.ownerId)),
        gte(habitEntries.date, input.from),
        lte(habitEntries.date, input.to),
      ),
    );
}

/** Sets the day's count for a goal the caller has checked is the viewer's (0 clears it). */
export async function setHabitCount(
  db: Database,
  input: { goalId: string; date: string; count: number },
) {
  await db
    .insert(habitEntries)
    .values(input)
    .onConflictDoUpdate({
      target: [habitEntries.goalId, habitEntries.date],
      set: { count: sql`excluded.count`, updatedAt: new Date() },
    });
}
