import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sleep } from "../load/recorder";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Server = { base: string; process: ChildProcess; stop: () => void };

/** Refuses a port something already answers on: the figures would be that server's. */
export async function assertFree(base: string) {
  const answered = await fetch(base).then(
    () => true,
    () => false,
  );
  if (answered)
    throw new Error(`Something already answers at ${base}; stop it or pick another port.`);
}

async function listening(base: string, probe: string, child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`The server at ${base} exited on start.`);
    try {
      await fetch(`${base}${probe}`);
      return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`Nothing answered at ${base}${probe}; run \`pnpm build\` first.`);
}

function stopper(child: ChildProcess) {
  return () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
}

/**
 * Stride's production build (the bundle's start.mjs, run by node itself so the process measured
 * is the server) on Postgres (`databaseUrl`) or on an embedded data directory (`pgliteDir`).
 */
export async function startStride(options: {
  port: number;
  databaseUrl?: string;
  pgliteDir?: string;
  authSecret: string;
  /** More of the server's environment (a raised limit for a load test). */
  env?: Record<string, string>;
  /** Options for node itself (`--cpu-prof`, which NODE_OPTIONS may not carry). */
  nodeArgs?: readonly string[];
}): Promise<Server> {
  await assertFree(`http://127.0.0.1:${options.port}`);
  const web = path.join(ROOT, "apps/web");
  const start = path.join(web, ".next/standalone/apps/web/start.mjs");
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), start], {
    cwd: web,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: options.databaseUrl ?? "",
      ...(options.pgliteDir ? { PGLITE_DIR: options.pgliteDir } : {}),
      AUTH_SECRET: options.authSecret,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${options.port}`;
  await listening(base, "/signin", child);
  return { base, process: child, stop: stopper(child) };
}

export async function startBare(options: {
  port: number;
  databaseUrl: string;
  secret: string;
}): Promise<Server> {
  await assertFree(`http://127.0.0.1:${options.port}`);
  const tsx = createRequire(path.join(ROOT, "e2e/package.json")).resolve("tsx/cli");
  const child = spawn(process.execPath, [tsx, path.join(import.meta.dirname, "bare-server.ts")], {
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      BARE_SECRET: options.secret,
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${options.port}`;
  await listening(base, "/", child);
  return { base, process: child, stop: stopper(child) };
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command (which may hold spaces) start after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(pid, Number(fields[1]));
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean =>
    pid === rootPid || (pid > 1 && parents.has(pid) && inTree(parents.get(pid) ?? 0));
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total / 1024 / 1024;
}

/** Samples a process tree's memory until stopped; resolves to the peak in MB. */
export function sampleRss(pid: number, everyMs = 250) {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, treeRssMb(pid));
  };
}

export const newSecret = () => `bench-${randomUUID()}-${randomUUID()}`;
