import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import proxyaddr from "proxy-addr";
import { type ProxyTrust, proxyTrust } from "./env";

/**
 * The address a request came from, for per-address limits (sign-in, sign-up).
 *
 * A client may send any X-Forwarded-For it likes, and Next only fills the header in when it is
 * missing, so the header proves nothing by itself. What cannot be forged is the TCP peer, but Next
 * 16 gives route handlers no way to read the socket. So the Node server's own diagnostics channel
 * (`http.server.request.start`, published for every request before any handler runs) copies the
 * peer's address into PEER_ADDRESS_HEADER, overwriting whatever a client sent under that name.
 * Only when the peer is a configured proxy (TRUSTED_PROXIES, or TRUSTED_PROXY_HOPS) is
 * X-Forwarded-For read, right to left, past the trusted proxies to the first address they vouch
 * for (proxy-addr, as Express does it).
 */
export const PEER_ADDRESS_HEADER = "x-stride-peer-address";

const recorder = globalThis as typeof globalThis & { __stridePeerAddresses?: boolean };

/** Starts copying each request's socket address into its headers (once per process). */
export function recordPeerAddresses() {
  if (recorder.__stridePeerAddresses) return;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "unknown";
  });
  recorder.__stridePeerAddresses = true;
}

/** `::ffff:192.0.2.7` and `192.0.2.7` are one client. */
const plain = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");

/** The client behind `peer`, believing X-Forwarded-For only as far as `trust` allows. */
export function clientAddressFrom(
  request: { peer: string; forwardedFor: string | null },
  trust: ProxyTrust | null,
): string {
  if (!trust) return plain(request.peer);
  const shape = {
    headers: { "x-forwarded-for": request.forwardedFor ?? undefined },
    socket: { remoteAddress: request.peer },
  };
  return plain(proxyaddr(shape as unknown as IncomingMessage, trust));
}

/**
 * The client address of a request handled by this process's HTTP server. Without the recorder
 * (a process that never called recordPeerAddresses) the header could be anyone's: every such
 * request shares one bucket rather than trusting it.
 */
export function clientAddressOf(headers: Headers, trust: ProxyTrust | null = proxyTrust): string {
  const peer = recorder.__stridePeerAddresses ? headers.get(PEER_ADDRESS_HEADER) : null;
  if (!peer) return "unknown";
  return clientAddressFrom({ peer, forwardedFor: headers.get("x-forwarded-for") }, trust);
}
