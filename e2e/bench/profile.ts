/**
 * Where a hot request's time goes: Stride's production build runs under `node --cpu-prof` on the
 * scale world while autocannon drives one scenario; the profile's self time is then added up by
 * package (next, drizzle-orm, superjson, …) and by Stride's own files, and the top functions are
 * listed. Run it before cutting, and after.
 *
 *   pnpm bench:profile [--scenario week] [--scale 500] [--seconds 10] [--connections 10]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { scriptArgs } from "../cli-args";
import { startCluster } from "../load/cluster";
import { sleep } from "../load/recorder";
import { pickFixtures, type Query } from "./fixtures";
import { drive } from "./measure";
import { scenarios } from "./scenarios";
import { newSecret, startStride } from "./servers";
import { seedScaleWorld, signInAll } from "./world";

const { values: args } = parseArgs({
  args: scriptArgs(),
  options: {
    scenario: { type: "string", default: "week" },
    scale: { type: "string", default: "500" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3300" },
    "pg-port": { type: "string", default: "5499" },
  },
});

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};

// Next bundles the server into chunks with source maps: a frame is named by its original file.
const maps = new Map<string, SourceMap | null>();
function originalOf(frame: Node["callFrame"]): { url: string; line: number } {
  if (!frame.url.startsWith("file://") || !frame.url.endsWith(".js"))
    return { url: frame.url, line: frame.lineNumber };
  const file = fileURLToPath(frame.url);
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8"))));
    } catch {
      maps.set(file, null);
    }
  }
  const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  return entry && "originalSource" in entry && entry.originalSource
    ? { url: entry.originalSource, line: entry.originalLine }
    : { url: frame.url, line: frame.lineNumber };
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** "next", "drizzle-orm", "@stride/api: routers/week/get.ts", "(node)", "(gc)"… */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  // pnpm's store names the package: .pnpm/drizzle-orm@0.45.4_…/node_modules/src/… is drizzle-orm.
  const store = decodeURIComponent(url).match(/\.pnpm\/((?:@[^+/]+\+)?[^@/]+)@/);
  if (store?.[1]) return store[1].replace("+", "/");
  const modules = url.replace(/^.*\[project\]\//, "").split("node_modules/");
  if (modules.length > 1) {
    const rest = modules.at(-1) ?? "";
    const parts = rest.split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? rest);
  }
  if (url.startsWith("node:")) return "(node)";
  const stride = url.match(/(apps|packages)\/([^/]+)\/(?:src\/)?(.*)$/);
  if (stride) return `@stride/${stride[2]}: ${stride[3]}`;
  if (url.includes("/.next/")) return "next (app bundle)";
  return url;
}

/** Self time per owner and per function, in ms, from a V8 CPU profile. */
export function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += ms;
    const original = originalOf(frame);
    const owner = ownerOf(original.url, frame.functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
    const name = `${frame.functionName || "(anonymous)"} ${owner}:${original.line + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({
        name,
        ms: Math.round(ms),
        share: Math.round((ms / total) * 1000) / 10,
      }));
  return { totalMs: Math.round(total), owners: top(owners, 25), functions: top(functions, 30) };
}

async function main() {
  const cluster = startCluster(Number(args["pg-port"]));
  const dir = mkdtempSync(path.join(tmpdir(), "stride-profile-"));
  const sql = postgres(cluster.url, { max: 2, onnotice: () => {} });
  let stop = () => {};
  try {
    const { migratePostgres } = await import("@stride/db/client");
    await migratePostgres(cluster.url);
    seedScaleWorld(Number(args.scale), { DATABASE_URL: cluster.url });
    const fixtures = await pickFixtures(((s: TemplateStringsArray, ...v: unknown[]) =>
      sql(s, ...(v as never[]))) as unknown as Query);
    await sql`analyze`;
    // One server per scenario, so each profile holds that scenario's requests alone.
    for (const name of args.scenario.split(",")) {
      const profileDir = mkdtempSync(path.join(dir, `${name}-`));
      const stride = await startStride({
        port: Number(args.port),
        databaseUrl: cluster.url,
        authSecret: newSecret(),
        nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
      });
      stop = stride.stop;
      const people = [
        fixtures.coach,
        fixtures.athlete,
        fixtures.reader,
        ...fixtures.actors.slice(0, 50),
      ];
      const cookies = { stride: await signInAll(stride.base, people), bare: new Map() };
      // "floor": the cheapest signed-in call there is, to see what every request costs anyway.
      const floor = {
        name: "floor",
        stride: () => ({
          method: "GET" as const,
          path: `/api/trpc/profile.get?input=${encodeURIComponent('{"json":null}')}`,
          headers: { cookie: cookies.stride.get(fixtures.athlete.id) ?? "" },
        }),
      };
      const scenario =
        name === "floor" ? floor : scenarios(fixtures, cookies).find((s) => s.name.includes(name));
      if (!scenario) throw new Error(`No scenario named ${name}`);
      // Warm up first (modules loaded, plans cached), as the benchmark does.
      const drivenFor = (seconds: number) =>
        drive({
          base: stride.base,
          connections: Number(args.connections),
          seconds,
          next: scenario.stride,
          serverPid: stride.process.pid ?? 0,
          sql: null,
        });
      await drivenFor(2);
      const figures = await drivenFor(Number(args.seconds));
      console.info(JSON.stringify({ scenario: scenario.name, ...figures }));
      stride.stop();
      stop = () => {};
      // The profile is written as the server exits.
      for (let i = 0; i < 100 && readdirSync(profileDir).length === 0; i++) await sleep(200);
      await sleep(500);
      for (const file of readdirSync(profileDir)) {
        const summary = summarise(JSON.parse(readFileSync(path.join(profileDir, file), "utf8")));
        console.info(JSON.stringify({ scenario: scenario.name, ...summary }));
      }
    }
  } finally {
    stop();
    await sql.end({ timeout: 1 });
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
