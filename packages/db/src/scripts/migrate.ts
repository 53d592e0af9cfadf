import { migratePostgres, openPglite } from "../client";
import { env, pgliteDir } from "../env";

// `pnpm db:migrate`: a server when DATABASE_URL is set, otherwise the embedded database.
if (env.DATABASE_URL) {
  await migratePostgres(env.DATABASE_URL);
  console.info("Migrated the Postgres database at DATABASE_URL.");
} else {
  const handle = await openPglite(pgliteDir());
  await handle.close();
  console.info(`Migrated the embedded database in ${pgliteDir()}.`);
}
