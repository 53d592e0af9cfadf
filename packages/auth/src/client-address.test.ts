import { describe, expect, it } from "vitest";
import { clientAddressFrom, clientAddressOf, PEER_ADDRESS_HEADER } from "./client-address";
import { proxyTrustOf } from "./env";

const forged = "6.6.6.6, 7.7.7.7";

describe("clientAddressFrom", () => {
  it("without trusted proxies, takes the socket's address and ignores X-Forwarded-For", () => {
    const trust = proxyTrustOf({});
    expect(clientAddressFrom({ peer: "198.51.100.4", forwardedFor: forged }, trust)).toBe(
      "198.51.100.4",
    );
    expect(clientAddressFrom({ peer: "::ffff:198.51.100.4", forwardedFor: null }, trust)).toBe(
      "198.51.100.4",
    );
  });

  it("behind listed proxies, takes the first address they did not add", () => {
    const trust = proxyTrustOf({ TRUSTED_PROXIES: ["10.0.0.0/8"] });
    const viaProxy = { peer: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.5, 10.0.0.9" };
    expect(clientAddressFrom(viaProxy, trust)).toBe("203.0.113.5");
    // A client that is not a listed proxy gets no say, whatever it claims.
    expect(clientAddressFrom({ peer: "203.0.113.5", forwardedFor: forged }, trust)).toBe(
      "203.0.113.5",
    );
  });

  it("with a hop count, sees past exactly that many proxies", () => {
    const trust = proxyTrustOf({ TRUSTED_PROXY_HOPS: 1 });
    expect(clientAddressFrom({ peer: "10.0.0.2", forwardedFor: forged }, trust)).toBe("7.7.7.7");
  });
});

describe("clientAddressOf", () => {
  it("trusts no header in a process that does not record socket addresses", () => {
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: "192.0.2.1", "x-forwarded-for": forged });
    expect(clientAddressOf(headers)).toBe("unknown");
  });
});
