import type { Database } from "@stride/db/client";
import { addRateLimitPoints, deleteRateLimit, getRateLimit } from "@stride/db/queries";
import { rateLimits } from "@stride/db/schema";
import { RateLimiterDrizzle } from "rate-limiter-flexible";

type StoreRecord = { points: number; expire: Date | null };

/**
 * rate-limiter-flexible's drizzle limiter with its storage swapped for single-statement upserts
 * (queries/rate-limits.ts). The stock store reads then writes in a transaction, which under
 * concurrent first attempts on Postgres collides on the primary key; one upsert cannot.
 * The library still does the limiting arithmetic (points, windows, RateLimiterRes).
 */
export class DatabaseRateLimiter extends RateLimiterDrizzle {
  readonly #db: Database;

  constructor(db: Database, options: { keyPrefix: string; points: number; duration: number }) {
    super({ ...options, storeClient: db, schema: rateLimits, clearExpiredByTimeout: false });
    this.#db = db;
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    const row = await addRateLimitPoints(this.#db, {
      key,
      points,
      durationMs: msDuration,
      forceExpire,
    });
    return { points: row.points, expire: row.expiresAt } satisfies StoreRecord;
  }

  async _get(key: string): Promise<StoreRecord | null> {
    const row = await getRateLimit(this.#db, key);
    return row ? { points: row.points, expire: row.expiresAt } : null;
  }

  _delete(key: string): Promise<boolean> {
    return deleteRateLimit(this.#db, key);
  }
}
