import { recordPeerAddresses } from "@stride/auth/client-address";
import { MissingAuthSecretError, resolveAuthSecret } from "@stride/auth/env";
import { getDatabase, subscribeToChannel } from "@stride/db/client";
import { usePersonCache } from "@stride/db/queries";
import { dataDir } from "@stride/db/env";

/** Checks the configuration, then opens the database before the first request arrives. */
export async function startServer() {
  // Per-address limits need the socket's address, which route handlers cannot see otherwise.
  recordPeerAddresses();
  try {
    resolveAuthSecret({ dataDir: dataDir() });
  } catch (error) {
    if (!(error instanceof MissingAuthSecretError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  // The embedded database migrates (and on first start seeds the demo world) here.
  await getDatabase();
  // Sessions and profiles are kept for a few seconds, forgotten at once by any instance's write.
  usePersonCache(subscribeToChannel);
}
