import { createHash } from "node:crypto";
import type { Logger } from "@stride/runtime/logger";
import PgBoss from "pg-boss";

/** Runs one SQL text (several statements when it has no values) and answers its rows. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

type PGliteClient = {
  exec: (text: string) => Promise<Array<{ rows: unknown[] }>>;
  query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
};

/**
 * Where the queue keeps its jobs (DatabaseHandle.queueConnection): a Postgres server, through
 * pg-boss's own small pool, or the app's embedded PGlite client (one PGlite per process, so the
 * queue must share the app's).
 */
export type QueueConnection = { connectionString: string } | { pglite: PGliteClient };

/** A kind of job: what it does with its data, and how often a failure is tried again. */
export type JobKind<T> = {
  run: (data: T) => Promise<void>;
  /** Tries after the first failure (default 5), waiting 30 s, 60 s, 120 s, … (backoff). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Also run on this cron schedule (UTC), once across every instance. */
  cron?: string;
};

export type Jobs = Record<string, JobKind<never>>;

export type SendOptions = {
  /**
   * The job's key (one per person and purpose, e.g. `checkin_reminder:<user>:<week>`): a second
   * job with a key already queued, running or kept is not added.
   */
  key: string;
  startAfter?: Date;
};

export type Queue = {
  /** Adds a job; false when one with the same key is already there. */
  send: (kind: string, data: object, options: SendOptions) => Promise<boolean>;
  /** Resolves when no job of these kinds is waiting, retrying or running (tests, the demo). */
  settled: (kinds: string[], timeoutMs?: number) => Promise<void>;
  /** Stops taking jobs, lets the running ones finish (up to `timeoutMs`), and closes. */
  stop: (timeoutMs?: number) => Promise<void>;
};

export type StartOptions = {
  connection: QueueConnection;
  jobs: Jobs;
  log: Logger;
  /** Take and run jobs (false: only send them). Default true. */
  work?: boolean;
  /** How often an idle worker looks for jobs, in seconds (pg-boss's minimum is 0.5). */
  pollSeconds?: number;
};

const SCHEMA = "pgboss";

/** A job's id made from its key: pg-boss adds a job whose id exists no second time. */
export function jobIdFor(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  // Shaped as a version-4-like UUID (the column is uuid); 122 bits of the hash.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * pg-boss's database adapter for PGlite: a text without values may hold several statements
 * (pg-boss's migrations and its locked transactions), which only `exec` runs; the rest go
 * through `query` with their values.
 */
export function pgliteExecutor(client: PGliteClient): ExecuteSql {
  return async (text, values) => {
    if (!values || values.length === 0) {
      const results = await client.exec(text);
      return results[results.length - 1] ?? { rows: [] };
    }
    return client.query(text, values);
  };
}

const DEADLOCK = "40P01";

/**
 * Runs a setup step again when Postgres picked it as a deadlock's victim: instances starting at
 * the same moment create the same queues (pg-boss makes a table per queue), and Postgres then
 * aborts one of them. The step is idempotent, so the second try finds the queue made.
 */
async function whileDeadlocked<T>(step: () => Promise<T>, tries = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code !== DEADLOCK || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

/**
 * Starts the job queue (pg-boss) on the app's database: creates or updates its tables (schema
 * `pgboss`), creates a queue per kind of job, registers the cron schedules and, unless
 * `work: false`, runs the jobs. Any number of instances may start on one database: each job
 * runs once, in one of them.
 */
export async function startQueue(options: StartOptions): Promise<Queue> {
  const { log } = options;
  const work = options.work ?? true;
  const connection =
    "pglite" in options.connection
      ? { db: { executeSql: pgliteExecutor(options.connection.pglite) as PgBoss.Db["executeSql"] } }
      : { connectionString: options.connection.connectionString, max: 3 };
  const boss = new PgBoss({
    ...connection,
    schema: SCHEMA,
    // Cron schedules and maintenance run where jobs run.
    schedule: work,
    supervise: work,
    // Kept a week after they end: a job key stays taken that long.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
  });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();

  for (const [name, kind] of Object.entries(options.jobs)) {
    await whileDeadlocked(() =>
      boss.createQueue(name, {
        name,
        retryLimit: kind.retryLimit ?? 5,
        retryDelay: kind.retryDelaySeconds ?? 30,
        retryBackoff: true,
      }),
    );
    if (kind.cron && work)
      await whileDeadlocked(() => boss.schedule(name, kind.cron as string, {}, { tz: "UTC" }));
    if (!work) continue;
    await boss.work(
      name,
      { batchSize: 1, pollingIntervalSeconds: options.pollSeconds ?? 2 },
      async (jobs) => {
        for (const job of jobs) {
          try {
            await kind.run(job.data as never);
          } catch (error) {
            log.warn({ err: error, job: { kind: name, id: job.id } }, "job failed; it will retry");
            throw error;
          }
        }
      },
    );
  }

  return {
    async send(kind, data, { key, startAfter }) {
      const id = await boss.send(kind, data, { id: jobIdFor(key), singletonKey: key, startAfter });
      return id !== null;
    },
    async settled(kinds, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        let busy = 0;
        for (const kind of kinds) {
          const size = await boss.getQueueSize(kind, { before: "completed" });
          busy += size;
        }
        if (busy === 0) return;
        if (Date.now() > deadline) throw new Error(`jobs still pending: ${kinds.join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop(timeoutMs = 10_000) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}
