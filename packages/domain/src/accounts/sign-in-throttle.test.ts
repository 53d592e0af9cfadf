import { describe, expect, it } from "vitest";
import { retryAfterMessage, SIGN_IN_THROTTLE } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("allows far fewer failures per email than per address", () => {
    expect(SIGN_IN_THROTTLE.perEmail.points).toBeLessThan(SIGN_IN_THROTTLE.perAddress.points);
  });

  it("rounds the wait up to whole minutes and never says zero", () => {
    expect(retryAfterMessage(1)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(retryAfterMessage(61)).toBe("Too many sign-in attempts. Try again in 2 minutes.");
    expect(retryAfterMessage(0)).toMatch(/1 minute\./);
  });
});
