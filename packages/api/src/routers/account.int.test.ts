import { randomUUID } from "node:crypto";
import { createUser } from "@stride/db/factories";
import { verifyPassword } from "@stride/db/passwords";
import { findCredentialsByEmail, getProfile } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, fieldRefusal, refusalOf } from "../testing/caller";

const handle = useTestDatabase();

const uniqueEmail = () => `signup-${randomUUID()}@test.stride.example`;

describe("account.signUp", () => {
  it("creates an account with an argon2id hash and a profile", async () => {
    const email = uniqueEmail();
    const result = await callerFor(handle.db, null).account.signUp({
      name: "  Ava Runner ",
      email: email.toUpperCase(),
      password: "a-long-password",
    });
    expect(result.email).toBe(email);
    const stored = await findCredentialsByEmail(handle.db, email);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored?.passwordHash ?? "", "a-long-password")).toBe(true);
    expect(await getProfile(handle.db, stored?.id ?? "")).toMatchObject({
      name: "Ava Runner",
      email,
      // Until the link mailed to the address is opened (email-verification.int.test.ts).
      emailVerified: false,
    });
  });

  it("answers a taken email exactly like a new one, and changes nothing", async () => {
    const existing = await createUser(handle.db, { name: "First" });
    const before = await findCredentialsByEmail(handle.db, existing.email);
    const answer = await callerFor(handle.db, null).account.signUp({
      name: "Second",
      email: existing.email.toUpperCase(),
      password: "another-password",
    });
    // The owner is mailed instead (email-verification.int.test.ts); the caller learns nothing.
    expect(answer).toEqual({ email: existing.email });
    expect(await findCredentialsByEmail(handle.db, existing.email)).toEqual(before);
    expect((await getProfile(handle.db, existing.id))?.name).toBe("First");
  });

  it.each([
    ["a malformed email", { email: "nope" }, "email"],
    ["a short password", { password: "short" }, "password"],
    ["an over-long name", { name: "x".repeat(81) }, "name"],
  ])("refuses %s with a message for that field and saves nothing", async (_, change, field) => {
    const email = uniqueEmail();
    const input = { name: "Ben", email, password: "long-enough-pw", ...change };
    const attempt = callerFor(handle.db, null).account.signUp(input);
    const refusal = await refusalOf(attempt);
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual([field]);
    expect(await findCredentialsByEmail(handle.db, email)).toBeUndefined();
  });
});

describe("account.changePassword", () => {
  it("replaces the password and bumps the session version", async () => {
    const user = await createUser(handle.db);
    const before = await findCredentialsByEmail(handle.db, user.email);
    await callerFor(handle.db, user.id).account.changePassword({
      currentPassword: user.password,
      newPassword: "a-brand-new-password",
    });
    const after = await findCredentialsByEmail(handle.db, user.email);
    expect(after?.sessionVersion).toBe((before?.sessionVersion ?? 0) + 1);
    expect(await verifyPassword(after?.passwordHash ?? "", "a-brand-new-password")).toBe(true);
  });

  it("refuses a wrong current password by field and keeps the old one", async () => {
    const user = await createUser(handle.db);
    const before = await findCredentialsByEmail(handle.db, user.email);
    const attempt = callerFor(handle.db, user.id).account.changePassword({
      currentPassword: "not-my-password",
      newPassword: "a-brand-new-password",
    });
    expect(await refusalOf(attempt)).toMatchObject(
      fieldRefusal("currentPassword", "That is not your current password."),
    );
    expect(await findCredentialsByEmail(handle.db, user.email)).toEqual(before);
  });

  it("is UNAUTHORIZED without a session", async () => {
    const attempt = callerFor(handle.db, null).account.changePassword({
      currentPassword: "whatever-it-is",
      newPassword: "a-brand-new-password",
    });
    await expect(attempt).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses a session whose account no longer exists", async () => {
    const attempt = callerFor(handle.db, randomUUID()).account.changePassword({
      currentPassword: "whatever-it-is",
      newPassword: "a-brand-new-password",
    });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
