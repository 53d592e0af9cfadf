import { getDatabase } from "@stride/db/client";
import { dataDir } from "@stride/db/env";
import { isDatabaseUnavailable } from "@stride/db/errors";
import { readSessionState } from "@stride/db/queries";
import { noteViewer } from "@stride/runtime/request-context";
import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { resolveAuthSecret } from "./env";

/**
 * A session is good while its account's version is the one it was issued under (a new password
 * bumps it) and it was not signed out. Used by next-auth's `jwt` callback and by the API's fast
 * path below alike, so both decide the same way.
 */
export async function sessionUserOf(token: Record<string, unknown>): Promise<string | null> {
  const { uid, sv, sid } = token;
  if (typeof uid !== "string" || typeof sv !== "number" || typeof sid !== "string") return null;
  try {
    const state = await readSessionState(await getDatabase(), { userId: uid, sessionId: sid });
    return state && state.sessionVersion === sv && !state.ended ? uid : null;
  } catch (error) {
    // The database is down: keep the session rather than sign everyone out. Nothing can be read
    // or written without the database, and the check runs again on the next request.
    if (isDatabaseUnavailable(error)) return uid;
    throw error;
  }
}

const MAX_DECODED = 10_000;
const DECODED_FOR_MS = 5 * 60_000;
const decoded = new Map<string, { token: JWT | null; until: number }>();

/**
 * next-auth's decode, remembered by the exact cookie for a few minutes (never past the token's
 * expiry): a browser sends the same cookie on every request, and deriving the key and decrypting
 * it again each time was a measurable share of every API call (docs/performance.md).
 */
export async function rememberedDecode(params: JWTDecodeParams): Promise<JWT | null> {
  const key = `${params.salt}\u0000${params.token ?? ""}`;
  const known = decoded.get(key);
  if (known && known.until > Date.now()) return known.token;
  const token = await decode(params);
  const expires = typeof token?.exp === "number" ? token.exp * 1000 : 0;
  if (decoded.size >= MAX_DECODED) decoded.clear();
  decoded.set(key, { token, until: Math.min(expires, Date.now() + DECODED_FOR_MS) });
  return token;
}

let secret: string | undefined;

const SESSION_COOKIE = "authjs.session-token";

/**
 * The signed-in user of an API request, from its session cookie: decoded (as next-auth does) and
 * checked (`sessionUserOf`), without the re-encoding `auth()` does for a cookie a route handler
 * never sends back.
 */
export async function viewerOfRequest(request: Request): Promise<string | null> {
  secret ??= resolveAuthSecret({ dataDir: dataDir() });
  // Behind HTTPS next-auth names the cookie with the __Secure- prefix (and salts with the name).
  const secure = (request.headers.get("cookie") ?? "").includes(`__Secure-${SESSION_COOKIE}`);
  const token = await getToken({
    req: request,
    secret,
    secureCookie: secure,
    cookieName: secure ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE,
    salt: secure ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE,
    decode: rememberedDecode,
  }).catch(() => null);
  const viewerId = token ? await sessionUserOf(token) : null;
  // The request's log line names the user by id.
  noteViewer(viewerId);
  return viewerId;
}
