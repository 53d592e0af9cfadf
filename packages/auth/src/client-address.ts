/**
 * The address a request came from, for per-address throttling. The last X-Forwarded-For entry is
 * the one added by the nearest proxy (Next's own server adds it too); earlier entries are
 * whatever the client claimed and cannot be trusted.
 */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
