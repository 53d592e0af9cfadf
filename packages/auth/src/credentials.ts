import type { Database } from "@stride/db/client";
import { verifyAgainstDecoy, verifyPassword } from "@stride/db/passwords";
import { findCredentialsByEmail } from "@stride/db/queries";
import { DatabaseRateLimiter, RateLimiterRes } from "@stride/db/rate-limiter";
import { SIGN_IN_THROTTLE, signInInput } from "@stride/domain/accounts";

export type CredentialsResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

function limitersFor(db: Database) {
  return {
    perEmail: new DatabaseRateLimiter(db, {
      keyPrefix: "sign-in-email",
      points: SIGN_IN_THROTTLE.perEmail.points,
      duration: SIGN_IN_THROTTLE.perEmail.durationSeconds,
    }),
    perAddress: new DatabaseRateLimiter(db, {
      keyPrefix: "sign-in-address",
      points: SIGN_IN_THROTTLE.perAddress.points,
      duration: SIGN_IN_THROTTLE.perAddress.durationSeconds,
    }),
  };
}

/**
 * Counts one attempt against `key` before any password is checked: the upsert is one statement,
 * so of many simultaneous attempts only as many as the limit get through. Resolves with the
 * seconds to wait when this attempt is over the limit.
 */
async function reserveAttempt(limiter: DatabaseRateLimiter, key: string) {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (rejection) {
    // A store failure rejects with an Error (no insurance limiter): the attempt is not let through.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  }
}

/**
 * Checks an email and password. Every attempt is counted against the email and the client address
 * before the password is checked, and a successful one is given back; so once either is at its
 * limit, no password is checked at all until the window ends, however many attempts arrive at
 * once. The result never says whether the email belongs to an account.
 */
export async function verifyCredentials(
  db: Database,
  input: { email: unknown; password: unknown; clientAddress: string },
): Promise<CredentialsResult> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const limiters = limitersFor(db);

  const [emailWait, addressWait] = await Promise.all([
    reserveAttempt(limiters.perEmail, email),
    reserveAttempt(limiters.perAddress, input.clientAddress),
  ]);
  const wait = emailWait ?? addressWait;
  if (wait !== undefined) return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  // The attempt is counted: only now is a password checked.

  const account = await findCredentialsByEmail(db, email);
  const matches = account
    ? await verifyPassword(account.passwordHash, password)
    : await verifyAgainstDecoy(password);

  if (account && matches) {
    // A success is not a failure: the email starts afresh and the address gets its attempt back,
    // so many people signing in from one office are not throttled.
    await Promise.all([
      limiters.perEmail.delete(email),
      limiters.perAddress.reward(input.clientAddress, 1),
    ]);
    return { ok: true, userId: account.id, sessionVersion: account.sessionVersion };
  }
  return { ok: false, reason: "invalid" };
}
