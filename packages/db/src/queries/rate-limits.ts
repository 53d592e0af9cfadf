import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { idempotencyKeys, rateLimits } from "../schema";

export type RateLimitRow = { points: number; expiresAt: Date | null };

/**
 * Adds `points` to a fixed window in one statement, so concurrent requests on any number of app
 * instances count correctly. An expired window (or `forceExpire`) starts over. Expiry uses the
 * database clock so instances with drifting clocks agree.
 */
export async function addRateLimitPoints(
  db: Database,
  input: { key: string; points: number; durationMs: number; forceExpire?: boolean },
): Promise<RateLimitRow> {
  const expiresAt =
    input.durationMs > 0 ? sql`now() + ${input.durationMs} * interval '1 millisecond'` : sql`null`;
  const restart = sql`(${input.forceExpire ?? false}::boolean or ${rateLimits.expiresAt} <= now())`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key: input.key, points: input.points, expiresAt })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        points: sql`case when ${restart} then excluded.points else ${rateLimits.points} + excluded.points end`,
        expiresAt: sql`case when ${restart} then excluded.expires_at else ${rateLimits.expiresAt} end`,
      },
    })
    .returning({ points: rateLimits.points, expiresAt: rateLimits.expiresAt });
  if (!row) throw new Error(`Rate limit upsert for ${input.key} returned no row`);
  return row;
}

export async function getRateLimit(db: Database, key: string): Promise<RateLimitRow | undefined> {
  const [row] = await db
    .select({ points: rateLimits.points, expiresAt: rateLimits.expiresAt })
    .from(rateLimits)
    .where(
      sql`${rateLimits.key} = ${key} and (${rateLimits.expiresAt} is null or ${rateLimits.expiresAt} > now())`,
    );
  return row;
}

export async function deleteRateLimit(db: Database, key: string): Promise<boolean> {
  const rows = await db
    .delete(rateLimits)
    .where(eq(rateLimits.key, key))
    .returning({ key: rateLimits.key });
  return rows.length > 0;
}

/** The person's idempotency key: keys are per person, so two people may send the same one. */
const keyOf = (input: { userId: string; key: string }) =>
  and(eq(idempotencyKeys.userId, input.userId), eq(idempotencyKeys.key, input.key));

/** Claims an idempotency key for a mutation; false when the key was already claimed. */
export async function claimIdempotencyKey(
  db: Database,
  input: { userId: string; key: string; path: string },
) {
  const rows = await db
    .insert(idempotencyKeys)
    .values(input)
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

export async function findIdempotencyKey(db: Database, input: { userId: string; key: string }) {
  const [row] = await db
    .select({
      path: idempotencyKeys.path,
      response: idempotencyKeys.response,
      createdAt: idempotencyKeys.createdAt,
    })
    .from(idempotencyKeys)
    .where(keyOf(input));
  return row;
}

export async function storeIdempotentResponse(
  db: Database,
  input: { userId: string; key: string; response: unknown },
) {
  await db.update(idempotencyKeys).set({ response: input.response }).where(keyOf(input));
}

/** Lets a key be used again after its mutation failed (nothing was done, so a retry may run). */
export async function releaseIdempotencyKey(db: Database, input: { userId: string; key: string }) {
  await db.delete(idempotencyKeys).where(and(keyOf(input), isNull(idempotencyKeys.response)));
}
