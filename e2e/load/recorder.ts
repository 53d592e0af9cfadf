import type { VirtualUser } from "./client";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const RETRY_EVERY_MS = 500;
const RETRY_FOR_MS = 30_000;

function percentile(sorted: readonly number[], p: number) {
  if (sorted.length === 0) return null;
  return Math.round(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0,
  );
}

/**
 * Latencies and outcomes per procedure. A 503 (the database unreachable) is a clean, retryable
 * refusal: mutations are retried with the same idempotency key until they succeed; anything
 * else that is not a success is an error.
 */
export class Recorder {
  readonly latencies = new Map<string, number[]>();
  readonly writes = new Map<string, Set<string>>();
  requests = 0;
  errors = 0;
  retryable = 0;
  retriedThenAcknowledged = 0;
  errorSamples: string[] = [];
  private restartAt: number | null = null;
  private lastFailureAt: number | null = null;
  private recoveredAt: number | null = null;

  /** The database restart begins now: from here, failures and the first success after them count. */
  markRestart() {
    this.restartAt = performance.now();
  }

  /** Milliseconds from the restart to the first success after the last refused request. */
  recoveryMs() {
    if (this.restartAt === null) return null;
    if (this.lastFailureAt === null || this.recoveredAt === null) return 0;
    return Math.round(this.recoveredAt - this.restartAt);
  }

  resetLatencies() {
    this.latencies.clear();
    this.requests = 0;
  }

  private time(path: string, ms: number) {
    this.requests += 1;
    const list = this.latencies.get(path) ?? [];
    list.push(ms);
    this.latencies.set(path, list);
  }

  private noteSuccess() {
    if (this.lastFailureAt !== null && (this.recoveredAt ?? 0) < this.lastFailureAt)
      this.recoveredAt = performance.now();
  }

  readonly refusalTimes: number[] = [];
  /** What the last refusals after the restart said, and where: why recovery lagged, if it did. */
  readonly lateRefusals: string[] = [];

  private noteRefusal(path: string, answer: { status: number; message?: string }) {
    this.retryable += 1;
    if (this.restartAt !== null) {
      this.lastFailureAt = performance.now();
      const after = Math.round(this.lastFailureAt - this.restartAt);
      this.refusalTimes.push(after);
      this.lateRefusals.push(`${after} ms ${path}: ${answer.message ?? ""}`);
      if (this.lateRefusals.length > 8) this.lateRefusals.shift();
    }
  }

  private fail(path: string, answer: { status: number; code: string | null; message?: string }) {
    this.errors += 1;
    if (this.errorSamples.length < 10)
      this.errorSamples.push(`${path}: ${answer.status} ${answer.code} ${answer.message ?? ""}`);
  }

  async query(user: VirtualUser, path: string, input: unknown) {
    const started = performance.now();
    const answer = await user
      .call("query", path, input)
      .catch(() => ({ status: 0, data: null, code: "NETWORK" }));
    this.time(path, performance.now() - started);
    if (answer.status === 200) this.noteSuccess();
    else if (answer.status === 503) this.noteRefusal(path, answer);
    else this.fail(path, answer);
    return answer.data;
  }

  async mutation(user: VirtualUser, path: string, input: unknown) {
    const key = crypto.randomUUID();
    const until = performance.now() + RETRY_FOR_MS;
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      const answer = await user
        .call("mutation", path, input, key)
        .catch(() => ({ status: 0, data: null, code: "NETWORK" }));
      this.time(path, performance.now() - started);
      if (answer.status === 200) {
        this.noteSuccess();
        if (attempt > 0) this.retriedThenAcknowledged += 1;
        return answer.data;
      }
      if (answer.status !== 503 || performance.now() > until) {
        this.fail(path, answer);
        return undefined;
      }
      this.noteRefusal(path, answer);
      await sleep(RETRY_EVERY_MS);
    }
  }

  acknowledged(table: string, id: string) {
    const set = this.writes.get(table) ?? new Set<string>();
    set.add(id);
    this.writes.set(table, set);
  }

  report(extra: {
    users: number;
    seconds: number;
    restartMs: number | null;
    missing: Record<string, number>;
  }) {
    const perProcedure = Object.fromEntries(
      [...this.latencies].map(([path, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return [
          path,
          {
            requests: list.length,
            p50: percentile(sorted, 50),
            p95: percentile(sorted, 95),
            p99: percentile(sorted, 99),
          },
        ];
      }),
    );
    return {
      users: extra.users,
      seconds: extra.seconds,
      requests: this.requests,
      requestsPerSecond: Math.round(this.requests / Math.max(1, extra.seconds)),
      errors: this.errors,
      errorSamples: this.errorSamples,
      retryable503: this.retryable,
      retriedThenAcknowledged: this.retriedThenAcknowledged,
      databaseRestartMs: extra.restartMs,
      recoveredAfterRestartMs: this.recoveryMs(),
      refusalsAfterRestartMs: this.refusalTimes.slice(0, 20),
      lateRefusals: this.lateRefusals,
      acknowledgedWrites: Object.fromEntries([...this.writes].map(([t, ids]) => [t, ids.size])),
      missingWrites: extra.missing,
      latencyMs: perProcedure,
    };
  }
}
