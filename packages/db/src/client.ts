import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { logger } from "@stride/runtime/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env, migrationsFolder, pgliteDir } from "./env";
import { knownMigrations } from "./migrations";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  driver: "pglite" | "postgres";
  close: () => Promise<void>;
  /** LISTEN on a channel; resolves to the function that stops listening. */
  listen: (channel: string, onMessage: (payload: string) => void) => Promise<() => Promise<void>>;
  /**
   * How the job queue (@stride/queue) reaches this database: a Postgres server by its URL (the
   * queue keeps its own small pool), or this very PGlite (one per process) through its client.
   */
  queueConnection: { connectionString: string } | { pglite: PGliteClient };
};

/** The part of a PGlite client the job queue uses. */
export type PGliteClient = {
  exec: (text: string) => Promise<Array<{ rows: unknown[] }>>;
  query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
};

// Both drivers use the same schema naming, so the SQL that drizzle writes is identical.
const drizzleOptions = { schema, casing: "snake_case" } as const;

/**
 * An embedded PGlite database: on disk in `dir`, or in memory when `dir` is undefined.
 * It migrates itself on every open, so an old data directory catches up with the code.
 * Only one process may open a data directory at a time.
 */
export async function openPglite(
  dir?: string,
  options: {
    onQuery?: (sql: string, params: unknown[]) => void;
    /** For an in-memory database: start from this data directory (a `dumpDataDir` tarball). */
    loadDataDir?: Blob;
  } = {},
): Promise<DatabaseHandle & { created: boolean }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");

  const created = dir === undefined || !existsSync(path.join(dir, "PG_VERSION"));
  if (dir) mkdirSync(path.dirname(dir), { recursive: true });
  const client = new PGlite(dir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  // onQuery lets tests count the statements a request runs (query budgets).
  const logger = options.onQuery
    ? { logQuery: (query: string, params: unknown[]) => options.onQuery?.(query, params) }
    : undefined;
  const db = drizzle({ client, ...drizzleOptions, logger });
  knownMigrations();
  await migrate(db, { migrationsFolder: migrationsFolder() });
  return {
    db,
    driver: "pglite",
    created,
    close: () => client.close(),
    listen: (channel, onMessage) => client.listen(channel, onMessage),
    queueConnection: { pglite: client },
  };
}

/** A Postgres server through postgres.js. Migrations are applied by the server's start or `pnpm db:migrate`. */
export async function openPostgres(url: string, options: { max?: number } = {}) {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // A connection attempt made while the server restarts can hang until this runs out; the
    // default (30 s) would hold requests that long instead of answering "try again". (An attempt
    // that never sent its startup message ran into it every time: patches/README.md.)
    connect_timeout: 3,
    backoff: reconnectDelaySeconds,
  });
  const db = drizzle({ client, ...drizzleOptions });
  const handle: DatabaseHandle = {
    db,
    driver: "postgres",
    // Queries still running get a few seconds to finish; then their connections are cut.
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onMessage) => {
      const { unlisten } = await client.listen(channel, onMessage);
      return unlisten;
    },
    queueConnection: { connectionString: url },
  };
  return handle;
}

/**
 * How long a pooled connection waits before reconnecting, in seconds, by the number of failed
 * attempts in a row. postgres.js's default grows to 20 s (3^n / 100), counted across the whole
 * pool, so after a database restart connections kept waiting long after the server was back and
 * requests were refused for 15 s. A refused attempt is cheap: retry within half a second.
 */
export function reconnectDelaySeconds(failures: number): number {
  return Math.min(0.05 * 2 ** failures, 0.5);
}

// Any fixed number: instances starting together take this lock, so one applies the migrations
// and the others wait, then find nothing left to do (drizzle's migrator takes no lock itself).
const MIGRATION_LOCK = 7_270_118_361;

export async function migratePostgres(url: string): Promise<void> {
  knownMigrations();
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // One connection: the lock is held by the session that applies the migrations.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle({ client, ...drizzleOptions }), { migrationsFolder: migrationsFolder() });
  } finally {
    // Ending the session releases the lock.
    await client.end();
  }
}

/** The app's database; `created` when an embedded one was made just now (and is empty). */
async function openAppDatabase(): Promise<DatabaseHandle & { created: boolean }> {
  if (env.DATABASE_URL) return { ...(await openPostgres(env.DATABASE_URL)), created: false };
  const dir = pgliteDir();
  const handle = await openPglite(dir);
  if (handle.created) logger().info({ dir }, `Stride: created an embedded database in ${dir}.`);
  return handle;
}

// One database per process: PGlite corrupts a data directory opened twice, and a pool per
// hot-reloaded module would leak connections. globalThis survives Next's module reloading.
const holder = globalThis as typeof globalThis & {
  __strideDb?: Promise<DatabaseHandle & { created: boolean }>;
};

export function getDatabase(): Promise<Database> {
  holder.__strideDb ??= openAppDatabase().catch((error: unknown) => {
    holder.__strideDb = undefined;
    throw error;
  });
  return holder.__strideDb.then((handle) => handle.db);
}

/**
 * Opens the app's database for a server that is starting: on a Postgres server the migrations
 * this build carries are applied first (instances starting together take turns), so one start
 * command deploys a new version.
 */
export async function openForServing(): Promise<{ db: Database; created: boolean }> {
  if (env.DATABASE_URL) await migratePostgres(env.DATABASE_URL);
  await getDatabase();
  const handle = await holder.__strideDb;
  if (!handle) throw new Error("The database closed while it was being opened");
  return { db: handle.db, created: handle.created };
}

/** The open app database's handle (after openForServing or getDatabase). */
export async function appDatabaseHandle(): Promise<DatabaseHandle> {
  await getDatabase();
  const handle = await holder.__strideDb;
  if (!handle) throw new Error("The database closed while it was being opened");
  return handle;
}

/** Closes the app's database, if it was opened; the next getDatabase() opens it again. */
export async function closeDatabase(): Promise<void> {
  const opening = holder.__strideDb;
  holder.__strideDb = undefined;
  const handle = await opening?.catch(() => undefined);
  await handle?.close();
}

/**
 * In-process fan-out of one LISTEN per channel: live subscriptions register here, and the
 * database connection wakes them when any app instance writes to the channel.
 */
const listeners = globalThis as typeof globalThis & {
  __strideChannels?: Map<
    string,
    { callbacks: Set<(payload: string) => void>; ready: Promise<unknown> }
  >;
};

export function subscribeToChannel(
  channel: string,
  callback: (payload: string) => void,
): () => void {
  listeners.__strideChannels ??= new Map();
  let entry = listeners.__strideChannels.get(channel);
  if (!entry) {
    const callbacks = new Set<(payload: string) => void>();
    const ready = (holder.__strideDb ?? Promise.reject(new Error("The database is not open")))
      .then((handle) =>
        handle.listen(channel, (payload) => {
          for (const cb of callbacks) cb(payload);
        }),
      )
      .catch((error: unknown) => {
        listeners.__strideChannels?.delete(channel);
        logger().error({ err: error, channel }, `Stride: could not listen on ${channel}`);
      });
    entry = { callbacks, ready };
    listeners.__strideChannels.set(channel, entry);
  }
  entry.callbacks.add(callback);
  return () => entry?.callbacks.delete(callback);
}
