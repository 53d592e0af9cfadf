import { randomUUID } from "node:crypto";
import { createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { SIGN_IN_THROTTLE } from "@stride/domain/accounts";
import { describe, expect, it } from "vitest";
import { verifyCredentials } from "./credentials";

const handle = useTestDatabase();

// Each test uses its own client address so the per-address window is not shared between tests.
const address = () => `198.51.100.${randomUUID()}`;

describe("verifyCredentials", () => {
  it("accepts the right password whatever the email's case", async () => {
    const user = await createUser(handle.db);
    const result = await verifyCredentials(handle.db, {
      email: user.email.toUpperCase(),
      password: user.password,
      clientAddress: address(),
    });
    expect(result).toEqual({ ok: true, userId: user.id, sessionVersion: 1 });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await createUser(handle.db);
    const clientAddress = address();
    const wrongPassword = await verifyCredentials(handle.db, {
      email: user.email,
      password: "not-the-password",
      clientAddress,
    });
    const unknownEmail = await verifyCredentials(handle.db, {
      email: `nobody-${randomUUID()}@test.stride.example`,
      password: "not-the-password",
      clientAddress,
    });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("throttles an email after repeated failures, even with the right password", async () => {
    const user = await createUser(handle.db);
    for (let i = 0; i < SIGN_IN_THROTTLE.perEmail.points; i++) {
      const result = await verifyCredentials(handle.db, {
        email: user.email,
        password: `guess-${i}-wrong`,
        clientAddress: address(),
      });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await verifyCredentials(handle.db, {
      email: user.email,
      password: user.password,
      clientAddress: address(),
    });
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    if (locked.ok || locked.reason !== "throttled") throw new Error("expected a throttle");
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_THROTTLE.perEmail.durationSeconds);
  });

  it("throttles emails it does not know exactly like real ones", async () => {
    const email = `ghost-${randomUUID()}@test.stride.example`;
    for (let i = 0; i < SIGN_IN_THROTTLE.perEmail.points; i++) {
      await verifyCredentials(handle.db, {
        email,
        password: "guess-wrong",
        clientAddress: address(),
      });
    }
    const result = await verifyCredentials(handle.db, {
      email,
      password: "guess-wrong",
      clientAddress: address(),
    });
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("throttles one address trying many emails, without locking others out", async () => {
    const clientAddress = address();
    for (let i = 0; i < SIGN_IN_THROTTLE.perAddress.points; i++) {
      await verifyCredentials(handle.db, {
        email: `spray-${i}-${randomUUID()}@test.stride.example`,
        password: "guess-wrong",
        clientAddress,
      });
    }
    const user = await createUser(handle.db);
    const fromSprayer = await verifyCredentials(handle.db, {
      email: user.email,
      password: user.password,
      clientAddress,
    });
    expect(fromSprayer).toMatchObject({ ok: false, reason: "throttled" });
    const fromElsewhere = await verifyCredentials(handle.db, {
      email: user.email,
      password: user.password,
      clientAddress: address(),
    });
    expect(fromElsewhere).toMatchObject({ ok: true, userId: user.id });
  });

  it("forgets an email's failures after a successful sign-in", async () => {
    const user = await createUser(handle.db);
    const attempt = (password: string) =>
      verifyCredentials(handle.db, { email: user.email, password, clientAddress: address() });
    for (let i = 1; i < SIGN_IN_THROTTLE.perEmail.points; i++) await attempt("wrong-password");
    expect(await attempt(user.password)).toMatchObject({ ok: true });
    for (let i = 1; i < SIGN_IN_THROTTLE.perEmail.points; i++) await attempt("wrong-password");
    expect(await attempt(user.password)).toMatchObject({ ok: true });
  });

  it("counts concurrent failures exactly once each", async () => {
    const user = await createUser(handle.db);
    const attempts = Array.from({ length: 12 }, () =>
      verifyCredentials(handle.db, {
        email: user.email,
        password: "wrong-password",
        clientAddress: address(),
      }),
    );
    const results = await Promise.all(attempts);
    // However they interleave, no attempt errors and the email ends up throttled.
    for (const result of results) expect(result.ok).toBe(false);
    const after = await verifyCredentials(handle.db, {
      email: user.email,
      password: user.password,
      clientAddress: address(),
    });
    expect(after).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("checks at most the limit's passwords of many simultaneous attempts (reserved first)", async () => {
    const user = await createUser(handle.db);
    const clientAddress = address();
    const wrong = Array.from({ length: 30 }, (_, i) =>
      verifyCredentials(handle.db, { email: user.email, password: `guess-${i}`, clientAddress }),
    );
    // The right password too: once the email's attempts are used up it is not even checked.
    const right = verifyCredentials(handle.db, {
      email: user.email,
      password: user.password,
      clientAddress,
    });
    const results = await Promise.all([...wrong, right]);
    // Every result that is not "throttled" had its password checked.
    const checked = results.filter((result) => result.ok || result.reason !== "throttled");
    expect(checked.length).toBeLessThanOrEqual(SIGN_IN_THROTTLE.perEmail.points);
  });

  it("checks at most the address's limit of passwords when many emails are tried at once", async () => {
    const clientAddress = address();
    const results = await Promise.all(
      Array.from({ length: SIGN_IN_THROTTLE.perAddress.points + 15 }, (_, i) =>
        verifyCredentials(handle.db, {
          email: `burst-${i}-${randomUUID()}@test.stride.example`,
          password: "guess-wrong",
          clientAddress,
        }),
      ),
    );
    const checked = results.filter((result) => result.ok || result.reason !== "throttled");
    expect(checked).toHaveLength(SIGN_IN_THROTTLE.perAddress.points);
  });

  it("gives a successful sign-in's attempt back to its address", async () => {
    const clientAddress = address();
    for (let i = 0; i < SIGN_IN_THROTTLE.perAddress.points + 5; i++) {
      const user = await createUser(handle.db);
      const result = await verifyCredentials(handle.db, {
        email: user.email,
        password: user.password,
        clientAddress,
      });
      expect(result).toMatchObject({ ok: true });
    }
  });

  it("refuses malformed input as invalid without touching the database", async () => {
    const result = await verifyCredentials(handle.db, {
      email: { $ne: null },
      password: 42,
      clientAddress: address(),
    });
    expect(result).toEqual({ ok: false, reason: "invalid" });
  });
});
