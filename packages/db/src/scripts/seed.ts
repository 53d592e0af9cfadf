import { migratePostgres, openPglite, openPostgres } from "../client";
import { env, pgliteDir } from "../env";
import { seedDemo } from "../seed/demo";

async function open() {
  if (!env.DATABASE_URL) return openPglite(pgliteDir());
  await migratePostgres(env.DATABASE_URL);
  return openPostgres(env.DATABASE_URL);
}

// `pnpm db:seed`: adds the demo world; running it again adds nothing twice.
const handle = await open();
try {
  const { created } = await seedDemo(handle.db);
  console.info(`Demo data: ${created} account(s) created, the rest already existed.`);
} finally {
  await handle.close();
}
