import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import { lifecycle } from "@stride/runtime/lifecycle";
import { captureConsole, logger } from "@stride/runtime/logger";
import { type RequestFields, runWithRequest } from "@stride/runtime/request-context";
import { describeRequest, loadRoutes, routeOf } from "./access-log";
import { serverEnv, settleProductionEnv } from "./env";
import { shutDown } from "./shutdown";

/**
 * Stride's HTTP server: Next's request handler behind a Node server of our own, so that each
 * request gets an id and one log line, and SIGTERM drains requests before the database closes.
 * `dir` holds the app's `.next` (the production bundle's apps/web, or apps/web in development).
 */
export async function serve(options: { dir: string; dev: boolean }) {
  if (!options.dev) {
    const serverFiles = path.join(options.dir, ".next", "required-server-files.json");
    settleProductionEnv(JSON.parse(readFileSync(serverFiles, "utf8")).config);
  }
  const log = logger();
  // Next's own messages and the libraries' become JSON lines too.
  if (!options.dev) captureConsole(log);
  const env = serverEnv();
  const { default: next } = await import("next");
  const app = next({ dev: options.dev, dir: options.dir, hostname: env.HOSTNAME, port: env.PORT });
  await app.prepare();
  // src/instrumentation.ts checks the configuration and migrates the database; nothing listens
  // before that is done, so a load balancer never sees a half-started instance.
  await lifecycle().started;
  const handle = app.getRequestHandler();
  // Development builds routes as they are visited: no manifest to trust, paths are masked.
  const routes = options.dev ? null : loadRoutes(options.dir);

  // Each request in flight, by the route it is for (what the shutdown waits on, and names).
  const inFlight = new Map<ServerResponse, string>();
  const server = createServer((request, response) => {
    const started = performance.now();
    const fields: RequestFields = { reqId: randomUUID(), userId: null };
    response.setHeader("x-request-id", fields.reqId);
    // A request that arrives on a kept-alive connection while shutting down is served, and its
    // connection closed after it, so the client opens its next one elsewhere.
    if (lifecycle().signal.aborted) response.setHeader("connection", "close");
    inFlight.set(response, routeOf(request.url?.split("?")[0] ?? "/", routes));
    response.once("close", () => {
      inFlight.delete(response);
      const line = describeRequest(request, response, fields, performance.now() - started, routes);
      if (line.route.startsWith("/_next/")) log.debug(line, "request");
      else log.info(line, "request");
    });
    runWithRequest(fields, () => handle(request, response)).catch((error: unknown) => {
      log.error({ err: error, reqId: fields.reqId }, "request failed");
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  if (env.KEEP_ALIVE_TIMEOUT) server.keepAliveTimeout = env.KEEP_ALIVE_TIMEOUT;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOSTNAME, resolve);
  });
  log.info(
    { port: env.PORT, address: env.HOSTNAME, dev: options.dev },
    `Stride is listening on http://${env.HOSTNAME}:${env.PORT}`,
  );

  // Once: a second signal (Ctrl-C twice, SIGINT after SIGTERM) does not start it over, and the
  // grace period bounds it anyway.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void shutDown({
      signal,
      server,
      inFlight,
      graceMs: env.STRIDE_SHUTDOWN_GRACE_MS,
      closeNext: () => app.close(),
      log,
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
