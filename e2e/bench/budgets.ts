import type { Figures } from "./measure";
import type { SeqScan } from "./plans";

/** The targets for this machine (issue 14: 200-athlete triage, the other reads, memory). */
const BUDGETS = {
  p95Ms: { "coach-triage": 50, "group-feed": 30, "goal-tree": 30, week: 30 } as Record<
    string,
    number
  >,
  readThroughputRatio: 0.5,
  serverMemoryMb: 400,
};

export type Line = {
  scenario: string;
  kind: "read" | "write";
  connections: number;
  database: "postgres" | "embedded";
  stride: Figures;
  bare: Figures | null;
  ratio: number | null;
};

/** Each budget with its limit, the figure and whether it holds. */
export function budgets(lines: readonly Line[], seqScans: SeqScan[] | null) {
  const at = (name: string, connections: number) =>
    lines.find((l) => l.scenario === name && l.connections === connections);
  const results: { budget: string; limit: number | string; actual: unknown; ok: boolean }[] = [];
  for (const [scenario, limit] of Object.entries(BUDGETS.p95Ms)) {
    const line = at(scenario, 10);
    if (line)
      results.push({
        budget: `${scenario} p95 at 10 connections (ms)`,
        limit,
        actual: line.stride.p95,
        ok: line.stride.p95 <= limit,
      });
  }
  for (const line of lines.filter((l) => l.kind === "read" && l.ratio !== null)) {
    results.push({
      budget: `${line.scenario} throughput / bare at ${line.connections} connections`,
      limit: BUDGETS.readThroughputRatio,
      actual: line.ratio,
      ok: (line.ratio ?? 0) >= BUDGETS.readThroughputRatio,
    });
  }
  const peak = Math.max(
    0,
    ...lines
      .filter((l) => l.connections === 50 && l.database === "postgres")
      .map((l) => l.stride.peakRssMb),
  );
  if (peak > 0)
    results.push({
      budget: "Stride server memory at 50 connections (MB)",
      limit: BUDGETS.serverMemoryMb,
      actual: peak,
      ok: peak < BUDGETS.serverMemoryMb,
    });
  const errors = lines.reduce((n, l) => n + l.stride.errors + (l.bare?.errors ?? 0), 0);
  results.push({ budget: "failed requests", limit: 0, actual: errors, ok: errors === 0 });
  if (seqScans)
    results.push({
      budget: "sequential scans of large tables in Stride's queries",
      limit: 0,
      actual: seqScans.map((s) => ({ table: s.table, rows: s.rows, query: s.query.slice(0, 300) })),
      ok: seqScans.length === 0,
    });
  return results;
}
