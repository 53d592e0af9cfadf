import { asc, sql } from "drizzle-orm";
import type { Database } from "../client";
import { goalProgress, goals, profiles } from "../schema";
import { isAnyOf } from "./id-list";
import { computeTallies, writeTallies } from "./progress-tallies";

const BATCH = 50;

/** Tables made from the others (docs/progress.md): a restore rebuilds them instead of reading them. */
export const READ_MODEL_TABLES: readonly string[] = [
  "goal_progress",
  "activity_week_totals",
  "triage_snapshots",
];

/**
 * Recomputes every read model from the raw rows (docs/progress.md): goal tallies, weekly totals,
 * and the triage snapshots (dropped, to be rebuilt when next read). For `pnpm db:rebuild-progress`,
 * seeds and restores; `athleteIds` limits it to some athletes.
 */
export async function rebuildReadModels(
  db: Database,
  options: { athleteIds?: readonly string[] } = {},
): Promise<{ athletes: number; goals: number }> {
  const athleteIds =
    options.athleteIds ??
    (await db.select({ id: profiles.userId }).from(profiles).orderBy(asc(profiles.userId))).map(
      (p) => p.id,
    );
  let goalCount = 0;
  for (let i = 0; i < athleteIds.length; i += BATCH) {
    const batch = athleteIds.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      await tx.delete(goalProgress).where(isAnyOf(goalProgress.athleteId, batch));
      const rows = await tx.select().from(goals).where(isAnyOf(goals.athleteId, batch));
      await writeTallies(tx, rows, await computeTallies(tx, rows));
      await tx.execute(sql`select stride_rebuild_week_totals(${sql.param([...batch])}::uuid[])`);
      await tx.execute(
        sql`delete from triage_snapshots where athlete_id = any(${sql.param([...batch])}::uuid[])`,
      );

      goalCount += rows.length;
    });
  }
  return { athletes: athleteIds.length, goals: goalCount };
}
