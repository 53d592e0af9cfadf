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

function waitSeconds(state: RateLimiterRes | null, limit: number): number | undefined {
  if (!state || state.consumedPoints < limit) return undefined;
  return Math.ceil(state.msBeforeNext / 1000);
}

/**
 * Checks an email and password. Failures count against the email and the client address; once
 * either is over its limit, no password is checked at all until the window ends. The result
 * never says whether the email belongs to an account.
 */
export async function verifyCredentials(
  db: Database,
  input: { email: unknown; password: unknown; clientAddress: string },
): Promise<CredentialsResult> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const limiters = limitersFor(db);

  const [emailState, addressState] = await Promise.all([
    limiters.perEmail.get(email),
    limiters.perAddress.get(input.clientAddress),
  ]);
  const wait =
    waitSeconds(emailState, SIGN_IN_THROTTLE.perEmail.points) ??
    waitSeconds(addressState, SIGN_IN_THROTTLE.perAddress.points);
  if (wait !== undefined) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const account = await findCredentialsByEmail(db, email);
  const matches = account
    ? await verifyPassword(account.passwordHash, password)
    : await verifyAgainstDecoy(password);

  if (account && matches) {
    await limiters.perEmail.delete(email);
    return { ok: true, userId: account.id, sessionVersion: account.sessionVersion };
  }

  await Promise.all([
    countFailure(limiters.perEmail, email),
    countFailure(limiters.perAddress, input.clientAddress),
  ]);
  return { ok: false, reason: "invalid" };
}

async function countFailure(limiter: DatabaseRateLimiter, key: string) {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    // Going over the limit rejects with the limiter's state; that is the throttle working.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
  }
}
