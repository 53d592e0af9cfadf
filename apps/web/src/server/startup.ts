import { startAppQueue } from "@stride/api";
import { recordPeerAddresses } from "@stride/auth/client-address";
import { MissingAuthSecretError, resolveAuthSecret } from "@stride/auth/env";
import {
  appDatabaseHandle,
  closeDatabase,
  openForServing,
  subscribeToChannel,
} from "@stride/db/client";
import { dataDir } from "@stride/db/env";
import { MissingMigrationsError } from "@stride/db/migrations";
import { usePersonCache } from "@stride/db/queries";
import { lifecycle } from "@stride/runtime/lifecycle";
import { logger } from "@stride/runtime/logger";

/**
 * Checks the configuration, then migrates and opens the database; the server listens only once
 * this is done (server/serve.ts). A setup that cannot work (no secret in production, no
 * migrations in the bundle, no database) stops the process with a sentence saying why, so an
 * orchestrator sees a failed start rather than an instance that cannot serve.
 */
export async function startServer() {
  // Per-address limits need the socket's address, which route handlers cannot see otherwise.
  recordPeerAddresses();
  try {
    resolveAuthSecret({ dataDir: dataDir() });
    // On Postgres the migrations this build carries are applied first; the embedded database
    // migrates as it opens, and the first time (when it is made) gets the demo world.
    const { db, created } = await openForServing();
    if (created) {
      const { seedDemo } = await import("@stride/db/seed");
      await seedDemo(db);
      logger().info("Stride: the new embedded database has the demo accounts");
    }
    logger().info("Stride's database is migrated and open");
  } catch (error) {
    if (error instanceof MissingAuthSecretError || error instanceof MissingMigrationsError)
      logger().fatal(error.message);
    else logger().fatal({ err: error }, "Stride could not start: its database could not be opened");
    process.exit(1);
  }
  // Sessions and profiles are kept for a few seconds, forgotten at once by any instance's write.
  usePersonCache(subscribeToChannel);
  // Closed by the server once the requests in flight are done (server/shutdown.ts).
  lifecycle().onShutdown("database", closeDatabase);
  // Reminders and digests run on the job queue in the same database (ARCHITECTURE.md, "Mail and
  // jobs"); it stops before the database closes (hooks run last registered first).
  try {
    const queue = await startAppQueue(await appDatabaseHandle(), logger());
    lifecycle().onShutdown("job queue", () => queue.stop());
  } catch (error) {
    logger().fatal({ err: error }, "Stride could not start: its job queue could not start");
    process.exit(1);
  }
  lifecycle().markStarted();
}
