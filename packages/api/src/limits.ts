import type { Database } from "@stride/db/client";
import { DatabaseRateLimiter, useOnce } from "@stride/db/rate-limiter";
import { ABUSE_LIMITS, type AbuseLimitKind, limitMessage } from "@stride/domain/accounts";
import { DomainError } from "@stride/domain/errors";
import { apiEnv } from "./env";

const limiters = new WeakMap<Database, Map<AbuseLimitKind, DatabaseRateLimiter>>();

function limiterFor(db: Database, kind: AbuseLimitKind) {
  let byKind = limiters.get(db);
  if (!byKind) {
    byKind = new Map();
    limiters.set(db, byKind);
  }
  let limiter = byKind.get(kind);
  if (!limiter) {
    const rule = ABUSE_LIMITS[kind];
    limiter = new DatabaseRateLimiter(db, {
      keyPrefix: `limit-${kind}`,
      points: kind === "signUp" ? apiEnv().signUpsPerAddressPerHour : rule.points,
      duration: rule.durationSeconds,
    });
    byKind.set(kind, limiter);
  }
  return limiter;
}

/**
 * Counts one `kind` action for `key` (a person's id, or a client address for sign-ups); over
 * the limit, refuses with RATE_LIMITED and says when to try again. Nothing else happens then.
 */
export async function spendLimit(db: Database, kind: AbuseLimitKind, key: string) {
  const wait = await useOnce(limiterFor(db, kind), key);
  if (wait !== null) {
    throw new DomainError("RATE_LIMITED", limitMessage(kind, wait), { retryAfterSeconds: wait });
  }
}

/**
 * Counts one `kind` action like spendLimit, but answers whether it was within the limit instead
 * of refusing: for work the caller must not be told about (a mail to someone else's address).
 */
export async function withinLimit(db: Database, kind: AbuseLimitKind, key: string) {
  return (await useOnce(limiterFor(db, kind), key)) === null;
}
