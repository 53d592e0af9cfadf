/**
 * Benchmark: Stride's production build against a bare Node `http` + postgres.js server on the
 * same scale world, driven by autocannon from this process at 10 and 50 connections. Prints one
 * JSON line per scenario and connection count (p50/p95/p99 in ms, requests per second, SQL
 * statements per request, peak server memory, and the throughput ratio Stride / bare), then the
 * budgets; exits 1 when a budget fails.
 *
 *   pnpm bench [--scale 2000] [--seconds 10] [--connections 10,50] [--only triage,feed] [--embedded]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { scriptArgs } from "../cli-args";
import { startCluster } from "../load/cluster";
import { signBareCookie } from "./bare-auth";
import { budgets, type Line } from "./budgets";
import { pickFixtures, type Query } from "./fixtures";
import { drive, type Figures, probe } from "./measure";
import { largeTables, PLAN_SETTINGS, seqScansWhile } from "./plans";
import { type Cookies, type Scenario, scenarios } from "./scenarios";
import { newSecret, type Server, startBare, startStride } from "./servers";
import { seedScaleWorld, signInAll } from "./world";

const { values: args } = parseArgs({
  args: scriptArgs(),
  options: {
    scale: { type: "string", default: "2000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10,50" },
    only: { type: "string" },
    embedded: { type: "boolean", default: false },
    port: { type: "string", default: "3300" },
    "bare-port": { type: "string", default: "3400" },
    "pg-port": { type: "string", default: "5499" },
  },
});
const SCALE = Number(args.scale);
const SECONDS = Number(args.seconds);
const CONNECTIONS = args.connections.split(",").map(Number);

const print = (line: unknown) => console.info(JSON.stringify(line));

async function measure(
  scenario: Scenario,
  side: "stride" | "bare",
  server: Server,
  connections: number,
  sql: postgres.Sql | null,
): Promise<Figures> {
  if (sql) await scenario.reset?.(sql);
  await probe(server.base, scenario[side]());
  // Warm up (route modules loaded, plans cached, connections opened), then measure.
  await drive({
    base: server.base,
    connections,
    seconds: 2,
    next: scenario[side],
    serverPid: server.process.pid ?? 0,
    sql: null,
  });
  return drive({
    base: server.base,
    connections,
    seconds: SECONDS,
    next: scenario[side],
    serverPid: server.process.pid ?? 0,
    sql,
  });
}

/** Stops what the run started, also when it is interrupted. */
const cleanups: (() => void)[] = [];
function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      cleanup();
    } catch {
      // already gone
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}
process.on("uncaughtException", (error) => {
  console.error(error);
  cleanUp();
  process.exit(1);
});

async function main() {
  const started = performance.now();
  const cluster = startCluster(Number(args["pg-port"]), PLAN_SETTINGS);
  cleanups.push(() => cluster.stop());
  const sql = postgres(cluster.url, { max: 2, onnotice: () => {} });
  const query: Query = (strings, ...values) =>
    sql(strings, ...(values as never[])) as unknown as Promise<never[]>;
  const pgliteDir = args.embedded ? mkdtempSync(path.join(tmpdir(), "stride-bench-")) : null;
  try {
    const [{ version } = { version: "" }] = await sql<{ version: string }[]>`select version()`;
    print({
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres: version.split(" ").slice(0, 2).join(" "),
      },
    });
    const { migratePostgres } = await import("@stride/db/client");
    await migratePostgres(cluster.url);
    await sql`create extension if not exists pg_stat_statements`;
    const seeded = seedScaleWorld(SCALE, { DATABASE_URL: cluster.url });
    print({ seed: { database: "postgres", ...seeded } });
    const fixtures = await pickFixtures(query);
    await sql`analyze`;

    const authSecret = newSecret();
    const bareSecret = newSecret();
    const people = [fixtures.coach, fixtures.athlete, fixtures.reader, ...fixtures.actors];
    const stride = await startStride({
      port: Number(args.port),
      databaseUrl: cluster.url,
      authSecret,
    });
    cleanups.push(() => stride.stop());
    const bare = await startBare({
      port: Number(args["bare-port"]),
      databaseUrl: cluster.url,
      secret: bareSecret,
    });
    cleanups.push(() => bare.stop());
    const signInStarted = performance.now();
    const cookies: Cookies = {
      stride: await signInAll(stride.base, people),
      bare: new Map(people.map((p) => [p.id, signBareCookie(p.id, bareSecret)])),
    };
    print({
      signedIn: people.length,
      seconds: Math.round((performance.now() - signInStarted) / 100) / 10,
    });

    const chosen = scenarios(fixtures, cookies).filter(
      (s) => !args.only || args.only.split(",").some((name) => s.name.includes(name)),
    );
    const lines: Line[] = [];
    for (const scenario of chosen) {
      for (const connections of CONNECTIONS) {
        const strideFigures = await measure(scenario, "stride", stride, connections, sql);
        const bareFigures = await measure(scenario, "bare", bare, connections, sql);
        const line: Line = {
          scenario: scenario.name,
          kind: scenario.kind,
          connections,
          database: "postgres",
          stride: strideFigures,
          bare: bareFigures,
          ratio: Math.round((strideFigures.rps / bareFigures.rps) * 100) / 100,
        };
        lines.push(line);
        print(line);
      }
    }

    // Plans: every statement Stride runs for each scenario, logged by auto_explain.
    const large = await largeTables(sql, 10_000);
    const seqScans = await seqScansWhile(sql, cluster.dir, large, async () => {
      for (const scenario of chosen) {
        // As before each measured run: the runs may have used up the first check-ins of a small
        // world, and a repeat is answered 409, which a probe takes for a broken scenario.
        await scenario.reset?.(sql);
        for (let i = 0; i < 3; i++) await probe(stride.base, scenario.stride());
      }
    });

    if (pgliteDir) {
      stride.stop();
      lines.push(
        ...(await embeddedRun(
          chosen.map((s) => s.name),
          pgliteDir,
        )),
      );
    }

    const results = budgets(lines, seqScans);
    for (const result of results) print(result);
    print({ seconds: Math.round((performance.now() - started) / 1000) });
    if (results.some((r) => !r.ok)) process.exitCode = 1;
  } finally {
    await sql.end({ timeout: 1 });
    cleanUp();
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  }
}

/** The same scenarios with Stride on the embedded database (its own seed of the same world). */
async function embeddedRun(names: readonly string[], dir: string): Promise<Line[]> {
  const dataDir = path.join(dir, "pglite");
  print({
    seed: {
      database: "embedded",
      ...seedScaleWorld(SCALE, { PGLITE_DIR: dataDir, DATABASE_URL: "" }),
    },
  });
  const { PGlite } = await import("@electric-sql/pglite");
  const pg = new PGlite(dataDir);
  const query: Query = async (strings, ...values) => {
    const text = strings.reduce((all, part, i) => `${all}$${i}${part}`);
    return (await pg.query(text, values)).rows as never[];
  };
  const fixtures = await pickFixtures(query);
  await pg.close();

  const authSecret = newSecret();
  const stride = await startStride({ port: Number(args.port) + 1, pgliteDir: dataDir, authSecret });
  try {
    const people = [fixtures.coach, fixtures.athlete, fixtures.reader, ...fixtures.actors];
    const cookies: Cookies = { stride: await signInAll(stride.base, people), bare: new Map() };
    const lines: Line[] = [];
    for (const scenario of scenarios(fixtures, cookies).filter((s) => names.includes(s.name))) {
      for (const connections of CONNECTIONS) {
        const line: Line = {
          scenario: scenario.name,
          kind: scenario.kind,
          connections,
          database: "embedded",
          stride: await measure(scenario, "stride", stride, connections, null),
          bare: null,
          ratio: null,
        };
        lines.push(line);
        print(line);
      }
    }
    return lines;
  } finally {
    stride.stop();
  }
}

await main();
