/** Whether a database error is a unique-constraint violation (on either driver; drizzle wraps it). */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

// Connection-level failures: the server is down, restarting, or dropped the connection. Postgres
// class 08 (connection exception) and 57P01–57P03 (shutdown, crash, cannot connect now); Node and
// postgres.js report theirs with their own codes.
const UNAVAILABLE_CODES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/** Whether an error means the database cannot be reached right now (worth retrying soon). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08")))
      return true;
    // The embedded database, closed (the server is shutting down).
    if ((current as { message?: unknown }).message === "PGlite is closed") return true;
    const errors = (current as { errors?: unknown }).errors;
    // Node's AggregateError (IPv4 and IPv6 both refused).
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}
