import { migratePostgres, openPglite, openPostgres } from "../client";
import { env, pgliteDir } from "../env";
import { rebuildReadModels } from "../queries/progress-rebuild";

// `pnpm db:rebuild-progress`: makes every read model again from the raw rows (docs/progress.md):
// goal tallies, weekly totals, triage snapshots. Safe to run beside the app on a Postgres server;
// on the embedded database, stop the app first (one process per data directory).
async function open() {
  if (!env.DATABASE_URL) return openPglite(pgliteDir());
  await migratePostgres(env.DATABASE_URL);
  return openPostgres(env.DATABASE_URL);
}
const handle = await open();
try {
  const started = performance.now();
  const { athletes, goals } = await rebuildReadModels(handle.db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(`Rebuilt the read models of ${athletes} people (${goals} goals) in ${seconds} s.`);
} finally {
  await handle.close();
}
