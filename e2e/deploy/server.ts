import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { e2eEnv } from "../env";
import { sleep } from "../load/recorder";
import { freePort } from "./database";

export type BundleServer = {
  base: string;
  child: ChildProcess;
  /** Everything the server printed, stdout and stderr, line by line. */
  lines: string[];
  /** The exit code once it has exited. */
  exited: Promise<number | null>;
  /** The printed lines that are JSON, parsed (a production server prints nothing else). */
  logs: () => Record<string, unknown>[];
  stop: () => Promise<number | null>;
};

export const newAuthSecret = () => `e2e-${randomUUID()}-${randomUUID()}`;

/**
 * Starts the production bundle in `dir` as an operator would: `node apps/web/start.mjs` from the
 * bundle's folder, with nothing but the variables it documents (no workspace, no PGLITE_DIR).
 */
export async function startBundle(options: {
  dir: string;
  /** Left out: the embedded database, in the bundle's own folder. */
  databaseUrl?: string;
  authSecret?: string;
  env?: Record<string, string>;
  /** Resolve once it started listening (the default) or as soon as it is spawned. */
  waitUntilReady?: boolean;
}): Promise<BundleServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join("apps", "web", "start.mjs")], {
    cwd: options.dir,
    env: {
      PATH: e2eEnv.path(),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...(options.authSecret ? { AUTH_SECRET: options.authSecret } : {}),
      // Every spec signs its people up from this one address.
      STRIDE_SIGNUPS_PER_ADDRESS_PER_HOUR: "10000",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let partial = "";
    stream?.on("data", (chunk) => {
      const parts = (partial + chunk).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts.filter(Boolean));
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const base = `http://127.0.0.1:${port}`;
  const server: BundleServer = {
    base,
    child,
    lines,
    exited,
    logs: () =>
      lines.flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
  if (options.waitUntilReady !== false) await ready(server);
  return server;
}

/** Waits until the server answers /api/ready with 200; fails if it exits first. */
async function ready(server: BundleServer) {
  for (let i = 0; i < 240; i++) {
    if (server.child.exitCode !== null)
      throw new Error(`The bundle exited on start:\n${server.lines.join("\n")}`);
    const status = await fetch(`${server.base}/api/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`The bundle did not get ready:\n${server.lines.join("\n")}`);
}
