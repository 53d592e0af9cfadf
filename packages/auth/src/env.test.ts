import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MissingAuthSecretError, resolveAuthSecret } from "./env";

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
