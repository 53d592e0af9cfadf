import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import pLimit from "p-limit";

// Lives beside the tables that store it so seed factories can create real accounts.
// @node-rs/argon2 defaults to argon2id with OWASP's recommended memory and time costs.

/**
 * Each argon2 hash takes about 20 MB and tens of milliseconds of a core. Without a bound, a burst
 * of password checks fills libuv's thread pool and every other request waits behind it (a probe
 * measured a sign-in stalled for 10 s); with it, the burst queues here and the pool stays free.
 * The per-person and per-address limits upstream keep the queue short.
 */
const hashing = pLimit(Math.max(1, availableParallelism()));

/** How many hashes run now and wait their turn (for tests and diagnostics). */
export function passwordWork() {
  return {
    running: hashing.activeCount,
    waiting: hashing.pendingCount,
    limit: hashing.concurrency,
  };
}

export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await hashing(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

// A real hash to verify against when no account matches, so a miss takes as long as a hit and
// the response time does not reveal whether an email is registered.
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("stride-decoy-password");
  await verifyPassword(await decoy, password);
  return false;
}
