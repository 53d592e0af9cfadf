import type { Server, ServerResponse } from "node:http";
import { lifecycle } from "@stride/runtime/lifecycle";
import type { Logger } from "@stride/runtime/logger";

/** Resolves true once no request is in flight, or false when `graceMs` ran out first. */
function drained(inFlight: Map<ServerResponse, string>, graceMs: number, onTick: () => void) {
  const deadline = performance.now() + graceMs;
  return new Promise<boolean>((resolve) => {
    const check = () => {
      // A keep-alive connection whose response just finished is idle now: close it too.
      onTick();
      if (inFlight.size === 0) resolve(true);
      else if (performance.now() >= deadline) resolve(false);
      else setTimeout(check, 25);
    };
    check();
  });
}

/**
 * SIGTERM (or SIGINT): stop accepting connections, end live streams with a reconnect hint, let
 * the requests in flight finish within the grace period, then close Next and the database and
 * exit: 0 when everything finished, 1 when requests had to be cut.
 */
export async function shutDown(options: {
  signal: string;
  server: Server;
  inFlight: Map<ServerResponse, string>;
  graceMs: number;
  closeNext: () => Promise<void>;
  log: Logger;
}): Promise<never> {
  const { server, inFlight, graceMs, log } = options;
  log.info(
    { signal: options.signal, inFlight: inFlight.size, routes: [...inFlight.values()], graceMs },
    "Stride is shutting down: no new connections; requests in flight may finish",
  );
  // Live streams end now (their clients reconnect elsewhere) and /api/ready answers 503.
  lifecycle().begin();
  server.close();
  const finished = await drained(inFlight, graceMs, () => server.closeIdleConnections());
  if (!finished) {
    log.warn(
      { cut: inFlight.size, routes: [...inFlight.values()], graceMs },
      "Stride cut the requests still running when the grace period ended",
    );
    server.closeAllConnections();
  }
  await options.closeNext().catch((error: unknown) => log.error({ err: error }, "closing Next"));
  await lifecycle().runHooks(log);
  log.info("Stride stopped");
  process.exit(finished ? 0 : 1);
}
