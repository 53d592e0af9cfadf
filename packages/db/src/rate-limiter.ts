import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "./client";
import { addRateLimitPoints, deleteRateLimit, getRateLimit } from "./queries/rate-limits";
import { rateLimits } from "./schema";

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

export { RateLimiterRes };

/**
 * Counts one use against `key`; resolves with the seconds to wait when the limit is already
 * used up (the use is not counted then), or null when the use is allowed.
 */
export async function useOnce(limiter: DatabaseRateLimiter, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  }
}
