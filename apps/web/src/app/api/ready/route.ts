import { getDatabase } from "@stride/db/client";
import { isDatabaseUnavailable } from "@stride/db/errors";
import { migrationStatus } from "@stride/db/migrations";
import { lifecycle } from "@stride/runtime/lifecycle";
import { logger } from "@stride/runtime/logger";

// Readiness, for a load balancer: 200 while this instance can serve (the database answers and
// has every migration this build carries), 503 otherwise and from the moment it shuts down.
// The answer names what is wrong in a few words and reveals nothing else.
export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2000;

function answer(status: number, body: Record<string, unknown>) {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

export async function GET() {
  if (lifecycle().signal.aborted) return answer(503, { status: "stopping" });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), TIMEOUT_MS);
  });
  try {
    const status = await Promise.race([getDatabase().then(migrationStatus), timeout]);
    if (status === "timeout") return answer(503, { status: "unavailable", database: "timeout" });
    if (status.pending.length > 0)
      return answer(503, {
        status: "unavailable",
        database: "ok",
        migrations: `${status.pending.length} pending`,
      });
    return answer(200, { status: "ready", database: "ok", migrations: "current" });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) logger().error({ err: error }, "readiness check failed");
    return answer(503, { status: "unavailable", database: "unreachable" });
  } finally {
    clearTimeout(timer);
  }
}
