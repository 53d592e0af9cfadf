import { describe, expect, it } from "vitest";
import { inviteProblem } from "./schemas";

const now = new Date("2026-11-27T12:00:00Z");
const live = { expiresAt: new Date("2026-12-01T00:00:00Z"), revokedAt: null, uses: 2, maxUses: 5 };

describe("inviteProblem", () => {
  it("accepts a live invitation", () => {
    expect(inviteProblem(live, now)).toBeNull();
  });

  it("says which: withdrawn, expired or used up", () => {
    expect(inviteProblem({ ...live, revokedAt: now }, now)).toMatch(/withdrawn/);
    expect(inviteProblem({ ...live, expiresAt: now }, now)).toMatch(/expired/);
    expect(inviteProblem({ ...live, uses: 5 }, now)).toMatch(/used as many times/);
  });
});
