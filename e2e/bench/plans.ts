import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Sql } from "postgres";
import { sleep } from "../load/recorder";

/** Server settings that let the benchmark count statements and read the plans Stride's queries get. */
export const PLAN_SETTINGS = [
  "shared_preload_libraries=pg_stat_statements,auto_explain",
  "pg_stat_statements.track=top",
  "auto_explain.log_min_duration=-1",
  "auto_explain.log_format=json",
  "logging_collector=on",
  "log_destination=jsonlog",
  "log_directory=log",
];

export type SeqScan = { table: string; rows: number; query: string };

type PlanNode = { "Node Type"?: string; "Relation Name"?: string; Plans?: PlanNode[] };

function seqScansIn(node: PlanNode, found: string[] = []) {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) found.push(node["Relation Name"]);
  for (const child of node.Plans ?? []) seqScansIn(child, found);
  return found;
}

/** Tables with at least `minRows` rows (the planner's estimate after ANALYZE). */
export async function largeTables(sql: Sql, minRows: number) {
  const rows = await sql<{ name: string; rows: number }[]>`
    select relname as name, reltuples::bigint::int as rows from pg_class
    where relkind = 'r' and relnamespace = 'public'::regnamespace and reltuples >= ${minRows}`;
  return new Map(rows.map((r) => [r.name, r.rows]));
}

/**
 * Logs the plan of every statement the server runs while `during` runs (auto_explain), then
 * lists the sequential scans of large tables in them.
 */
export async function seqScansWhile(
  sql: Sql,
  clusterDir: string,
  large: Map<string, number>,
  during: () => Promise<void>,
): Promise<SeqScan[]> {
  const logDir = path.join(clusterDir, "data", "log");
  const before = new Set(existsSync(logDir) ? readdirSync(logDir) : []);
  const sizes = new Map(
    [...before].map((f) => [f, readFileSync(path.join(logDir, f), "utf8").length]),
  );
  await sql`alter system set auto_explain.log_min_duration = 0`;
  await sql`select pg_reload_conf()`;
  await sleep(300);
  try {
    await during();
  } finally {
    await sql`alter system reset auto_explain.log_min_duration`;
    await sql`select pg_reload_conf()`;
  }
  await sleep(500); // the logging collector writes asynchronously

  const found = new Map<string, SeqScan>();
  for (const file of readdirSync(logDir).filter((f) => f.endsWith(".json"))) {
    const text = readFileSync(path.join(logDir, file), "utf8").slice(sizes.get(file) ?? 0);
    for (const line of text.split("\n")) {
      if (!line.includes("plan:")) continue;
      const message: string = JSON.parse(line).message ?? "";
      const plan = JSON.parse(message.slice(message.indexOf("{")));
      const query: string = plan["Query Text"] ?? "";
      for (const table of seqScansIn(plan.Plan ?? {})) {
        const rows = large.get(table);
        if (rows !== undefined) found.set(`${table} ${query}`, { table, rows, query });
      }
    }
  }
  return [...found.values()];
}
