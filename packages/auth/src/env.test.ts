import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MissingAuthSecretError, parseAuthEnv, resolveAuthSecret } from "./env";

const freshDir = () => path.join(mkdtempSync(path.join(tmpdir(), "stride-secret-")), ".data");

describe("resolveAuthSecret", () => {
  it("uses AUTH_SECRET when it is set", () => {
    const secret = "s".repeat(40);
    const env = {
      AUTH_SECRET: secret,
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x",
    } as const;
    expect(resolveAuthSecret({ dataDir: freshDir(), env })).toBe(secret);
  });

  it("refuses a production server on Postgres without one", () => {
    const env = { NODE_ENV: "production", DATABASE_URL: "postgres://db/stride" } as const;
    expect(() => resolveAuthSecret({ dataDir: freshDir(), env })).toThrow(MissingAuthSecretError);
    expect(() => resolveAuthSecret({ dataDir: freshDir(), env })).toThrow(/openssl rand/);
  });

  it("creates a private local secret once and reuses it", () => {
    const dataDir = freshDir();
    const env = { NODE_ENV: "production" } as const;
    const first = resolveAuthSecret({ dataDir, env });
    expect(first.length).toBeGreaterThanOrEqual(40);
    const file = path.join(dataDir, "auth-secret");
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(resolveAuthSecret({ dataDir, env })).toBe(first);
    expect(resolveAuthSecret({ dataDir: freshDir(), env })).not.toBe(first);
  });
});

describe("trusted proxies", () => {
  it("reads a list of addresses and ranges, or a hop count", () => {
    expect(parseAuthEnv({ TRUSTED_PROXIES: " 10.0.0.0/8, ::1,loopback " }).TRUSTED_PROXIES).toEqual(
      ["10.0.0.0/8", "::1", "loopback"],
    );
    expect(parseAuthEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(parseAuthEnv({ TRUSTED_PROXIES: "", TRUSTED_PROXY_HOPS: "" })).toMatchObject({
      TRUSTED_PROXIES: undefined,
      TRUSTED_PROXY_HOPS: undefined,
    });
  });

  it("refuses what it cannot use, saying which variable is wrong", () => {
    expect(() => parseAuthEnv({ TRUSTED_PROXIES: "10.0.0.0/8, my-proxy" })).toThrow(
      /TRUSTED_PROXIES must list IP addresses or CIDR ranges/,
    );
    expect(() => parseAuthEnv({ TRUSTED_PROXY_HOPS: "0" })).toThrow(/at least 1/);
    expect(() => parseAuthEnv({ TRUSTED_PROXIES: "10.0.0.1", TRUSTED_PROXY_HOPS: "1" })).toThrow(
      /not both/,
    );
  });
});
