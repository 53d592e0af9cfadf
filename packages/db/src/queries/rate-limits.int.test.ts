import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-db";
import { addRateLimitPoints, deleteRateLimit, getRateLimit } from "./rate-limits";

const handle = useTestDatabase();

describe("rate limit counters", () => {
  it("counts 30 concurrent hits on a new key exactly", async () => {
    const key = `test:${randomUUID()}`;
    await Promise.all(
      Array.from({ length: 30 }, () =>
        addRateLimitPoints(handle.db, { key, points: 1, durationMs: 60_000 }),
      ),
    );
    expect((await getRateLimit(handle.db, key))?.points).toBe(30);
  });

  it("starts a new window once the old one has expired", async () => {
    const key = `test:${randomUUID()}`;
    await addRateLimitPoints(handle.db, { key, points: 5, durationMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await getRateLimit(handle.db, key)).toBeUndefined();
    const row = await addRateLimitPoints(handle.db, { key, points: 1, durationMs: 60_000 });
    expect(row.points).toBe(1);
    expect(row.expiresAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it("forgets a key on delete", async () => {
    const key = `test:${randomUUID()}`;
    await addRateLimitPoints(handle.db, { key, points: 2, durationMs: 60_000 });
    expect(await deleteRateLimit(handle.db, key)).toBe(true);
    expect(await getRateLimit(handle.db, key)).toBeUndefined();
    expect(await deleteRateLimit(handle.db, key)).toBe(false);
  });
});
