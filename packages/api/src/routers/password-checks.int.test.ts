import { createUser } from "@stride/db/factories";
import { hashPassword, passwordWork, verifyPassword } from "@stride/db/passwords";
import { findCredentialsById } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { ABUSE_LIMITS } from "@stride/domain/accounts";
import { describe, expect, it } from "vitest";
import { callerFor, refusalOf } from "../testing/caller";

const handle = useTestDatabase();
const LIMIT = ABUSE_LIMITS.passwordCheck.points;

/** Settles every call and sorts the outcomes by tRPC code ("ok" for the ones that worked). */
async function outcomes(calls: Promise<unknown>[]) {
  const codes = await Promise.all(
    calls.map((call) => call.then(() => "ok").catch((error: { code?: string }) => error.code)),
  );
  return codes.reduce<Record<string, number>>((counts, code = "?") => {
    counts[code] = (counts[code] ?? 0) + 1;
    return counts;
  }, {});
}

describe("checks of the current password", () => {
  it("are limited per person, counted before checking, even when sent all at once", async () => {
    const user = await createUser(handle.db);
    const caller = callerFor(handle.db, user.id);
    const guesses = Array.from({ length: LIMIT + 10 }, (_, i) =>
      caller.account.changePassword({
        currentPassword: `guess-${i}-wrong`,
        newPassword: "a-brand-new-password",
      }),
    );
    expect(await outcomes(guesses)).toEqual({ BAD_REQUEST: LIMIT, TOO_MANY_REQUESTS: 10 });
    // Now even the right password is not checked, and deleting the account shares the limit.
    const right = caller.account.changePassword({
      currentPassword: user.password,
      newPassword: "a-brand-new-password",
    });
    expect(await refusalOf(right)).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many password attempts in a short time\. Try again in/),
      retryAfterSeconds: expect.any(Number),
    });
    expect(
      await refusalOf(caller.account.delete({ password: user.password, confirm: true })),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const stored = await findCredentialsById(handle.db, user.id);
    expect(await verifyPassword(stored?.passwordHash ?? "", user.password)).toBe(true);
  });

  it("are limited for each person alone", async () => {
    const [ava, ben] = await Promise.all([createUser(handle.db), createUser(handle.db)]);
    const wrong = { currentPassword: "wrong-password", newPassword: "a-brand-new-password" };
    for (let i = 0; i < LIMIT; i++) {
      await refusalOf(callerFor(handle.db, ava.id).account.changePassword(wrong));
    }
    await callerFor(handle.db, ben.id).account.changePassword({
      currentPassword: ben.password,
      newPassword: "a-brand-new-password",
    });
  });
});

describe("argon2 hashing", () => {
  it("runs at most a bounded number of hashes at once; the rest wait their turn", async () => {
    const stored = await hashPassword("a-password-to-check");
    const { limit } = passwordWork();
    let mostRunning = 0;
    let mostWaiting = 0;
    const sample = setInterval(() => {
      const now = passwordWork();
      mostRunning = Math.max(mostRunning, now.running);
      mostWaiting = Math.max(mostWaiting, now.waiting);
    }, 1);
    const checks = Array.from({ length: limit + 8 }, () =>
      verifyPassword(stored, "a-password-to-check"),
    );
    const now = passwordWork();
    mostRunning = Math.max(mostRunning, now.running);
    mostWaiting = Math.max(mostWaiting, now.waiting);
    expect(await Promise.all(checks)).toEqual(checks.map(() => true));
    clearInterval(sample);
    expect(mostRunning).toBeLessThanOrEqual(limit);
    expect(mostWaiting).toBeGreaterThanOrEqual(8);
  });
});
