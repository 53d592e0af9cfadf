import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A private Postgres cluster for the load run, so restarting it mid-run harms nothing else.
 * Uses the server binaries of the machine's Postgres (initdb refuses root, so it runs them as
 * the `postgres` user when started as root).
 */
export type Cluster = {
  url: string;
  /** The cluster's folder (its data and logs). */
  dir: string;
  restart: () => number;
  stop: () => void;
};

function bin(name: string) {
  const fromEnv = process.env.PG_BIN;
  const candidates = [fromEnv, "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin"].filter(
    (dir): dir is string => Boolean(dir),
  );
  const dir = candidates.find((d) => existsSync(path.join(d, name)));
  if (!dir)
    throw new Error(`No ${name} found; set PG_BIN to the folder of Postgres's server binaries.`);
  return path.join(dir, name);
}

function run(command: string, args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot
    ? ["runuser", ["-u", "postgres", "--", command, ...args]]
    : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

/** `settings` are extra server settings (`name=value`), e.g. libraries to preload. */
export function startCluster(port: number, settings: readonly string[] = []): Cluster {
  const dir = mkdtempSync(path.join(tmpdir(), "stride-load-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  run(bin("initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const ctl = (action: string[]) =>
    run(bin("pg_ctl"), [
      "-D",
      data,
      "-l",
      path.join(dir, "postgres.log"),
      "-o",
      [
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
        ...settings.map((setting) => `-c ${setting}`),
      ].join(" "),
      "-w",
      ...action,
    ]);
  ctl(["start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    /** Restarts the server (fast shutdown: open connections are cut); returns milliseconds taken. */
    restart: () => {
      const started = performance.now();
      ctl(["-m", "fast", "restart"]);
      return Math.round(performance.now() - started);
    },
    stop: () => {
      try {
        ctl(["-m", "fast", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
