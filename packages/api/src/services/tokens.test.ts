import { describe, expect, it } from "vitest";
import { hashToken, newToken } from "./tokens";

describe("link tokens", () => {
  it("stores a hash that the token alone reproduces, never the token", () => {
    const { token, tokenHash } = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toContain(token);
    expect(hashToken(`${token}x`)).not.toBe(tokenHash);
  });

  it("makes a different token every time", () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newToken().token));
    expect(tokens.size).toBe(100);
  });
});
