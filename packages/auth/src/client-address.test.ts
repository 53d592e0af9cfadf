import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

describe("clientAddressOf", () => {
  it("takes the address the nearest proxy appended, not what the client claimed", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 10.1.2.3" });
    expect(clientAddressOf(headers)).toBe("10.1.2.3");
  });

  it("falls back to x-real-ip, then to a shared bucket", () => {
    expect(clientAddressOf(new Headers({ "x-real-ip": " 192.0.2.7 " }))).toBe("192.0.2.7");
    expect(clientAddressOf(new Headers())).toBe("unknown");
  });
});
