import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeEmail, signInInput, signUpInput } from "./schemas";

const valid = { name: "Ava Runner", email: "ava@example.com", password: "long-enough-pw" };

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.join("."));
}

describe("signUpInput", () => {
  it("accepts a complete sign-up and normalises the email", () => {
    const parsed = signUpInput.parse({ ...valid, email: "  Ava@Example.COM " });
    expect(parsed.email).toBe("ava@example.com");
  });

  it("names the email field when the email is malformed", () => {
    const result = signUpInput.safeParse({ ...valid, email: "not-an-email" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result)).toEqual(["email"]);
    expect(result.error?.issues[0]?.message).toMatch(/valid email/);
  });

  it("refuses a password under 10 characters", () => {
    const result = signUpInput.safeParse({ ...valid, password: "123456789" });
    expect(fieldErrors(result)).toEqual(["password"]);
    expect(result.error?.issues[0]?.message).toBe("Use at least 10 characters");
  });

  it("refuses over-long names, emails and passwords by field", () => {
    const result = signUpInput.safeParse({
      name: "n".repeat(81),
      email: `${"e".repeat(250)}@x.io`,
      password: "p".repeat(201),
    });
    expect(fieldErrors(result).sort()).toEqual(["email", "name", "password"]);
  });

  it("refuses a name made only of spaces", () => {
    expect(fieldErrors(signUpInput.safeParse({ ...valid, name: "   " }))).toEqual(["name"]);
  });
});

describe("normalizeEmail", () => {
  it("is idempotent and case-insensitive for any address", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const once = normalizeEmail(email);
        expect(normalizeEmail(once)).toBe(once);
        expect(normalizeEmail(email.toUpperCase())).toBe(once);
      }),
    );
  });

  it("matches what the sign-in schema stores", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const parsed = signInInput.safeParse({ email: email.toUpperCase(), password: "x" });
        if (parsed.success) expect(parsed.data.email).toBe(normalizeEmail(email));
      }),
    );
  });
});
