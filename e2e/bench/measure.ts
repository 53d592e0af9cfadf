import autocannon from "autocannon";
import type { Sql } from "postgres";
import { sampleRss } from "./servers";

export type Request = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
};

export type Figures = {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** SQL statements the database ran per request (null on the embedded database). */
  statementsPerRequest: number | null;
  peakRssMb: number;
};

function percentile(sorted: readonly number[], p: number) {
  if (sorted.length === 0) return 0;
  const at = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, at)] ?? 0) * 10) / 10;
}

/** Statements run on the database since the last reset, leaving out the counter's own. */
export async function statementsSinceReset(sql: Sql) {
  const [row] = await sql<{ calls: number }[]>`
    select coalesce(sum(calls), 0)::int as calls from pg_stat_statements
    where dbid = (select oid from pg_database where datname = current_database())
      and query not ilike '%pg_stat_statements%'`;
  return row?.calls ?? 0;
}

export const resetStatements = (sql: Sql) =>
  sql`select pg_stat_statements_reset()`.then(() => undefined);

/**
 * Drives `base` with `connections` keep-alive connections for `seconds`, each request made by
 * `next()`, from this process (the servers run in their own). Latencies are every response's.
 */
export async function drive(options: {
  base: string;
  connections: number;
  seconds: number;
  next: () => Request;
  serverPid: number;
  sql: Sql | null;
}): Promise<Figures> {
  if (options.sql) await resetStatements(options.sql);
  const stopSampling = sampleRss(options.serverPid);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [{ setupRequest: (request) => ({ ...request, ...options.next() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, status, _bytes, time) => {
      latencies.push(time);
      if (status < 200 || status >= 300) errors += 1;
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = stopSampling();
  errors += result.errors + result.timeouts;
  const statements = options.sql ? await statementsSinceReset(options.sql) : null;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statementsPerRequest:
      statements === null || latencies.length === 0
        ? null
        : Math.round((statements / latencies.length) * 10) / 10,
    peakRssMb: Math.round(peakRssMb),
  };
}

/** One request as a check: it must answer 2xx, or the scenario is wrong, not slow. */
export async function probe(base: string, request: Request) {
  const response = await fetch(`${base}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(
      `${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 400)}`,
    );
  return text.length;
}
