import { MissingAuthSecretError, resolveAuthSecret } from "@stride/auth/env";
import { closeDatabase, openForServing } from "@stride/db/client";
import { dataDir } from "@stride/db/env";
import { MissingMigrationsError } from "@stride/db/migrations";
import { lifecycle } from "@stride/runtime/lifecycle";
import { logger } from "@stride/runtime/logger";

/**
 * Checks the configuration, then migrates and opens the database before the server listens.
 * A setup that cannot work (no secret in production, no migrations in the bundle) stops the
 * process with a sentence saying what to do.
 */
export async function startServer() {
  try {
    resolveAuthSecret({ dataDir: dataDir() });
    // On Postgres the migrations this build carries are applied first; the embedded database
    // migrates (and on first start seeds the demo world) as it opens.
    await openForServing();
    logger().info("Stride's database is migrated and open");
  } catch (error) {
    if (!(error instanceof MissingAuthSecretError || error instanceof MissingMigrationsError))
      throw error;
    logger().fatal(error.message);
    process.exit(1);
  }
  // Closed by the server once the requests in flight are done (server/shutdown.ts).
  lifecycle().onShutdown("database", closeDatabase);
}
