import { jsonDepthExceeds, MAX_JSON_DEPTH, TOO_DEEP_MESSAGE } from "@stride/domain/text/json-depth";
import { appRouter } from "../root";
import { bodyLimitFor, describeBytes, HTTP_LIMITS } from "./limits";
import { refusal } from "./refusal";

type ProcedureDefs = Record<string, { _def: { meta?: { anonymous?: boolean } } }>;
const procedures = appRouter._def.procedures as unknown as ProcedureDefs;

/** The procedures a request names: `/api/trpc/a.b,c.d?batch=1` is two. */
export function proceduresOf(url: URL, endpoint: string): string[] {
  const path = decodeURIComponent(url.pathname.slice(endpoint.length + 1));
  return url.searchParams.get("batch") === "1" ? path.split(",") : [path];
}

/** Anyone may call these (sign-up, the demo list); the rest need a session. */
const allowsAnonymous = (path: string) => procedures[path]?._def.meta?.anonymous === true;

/**
 * Whether a browser sent this from another site or origin. Browsers send Sec-Fetch-Site with
 * every request (a same-site page on another port or subdomain says "same-site"); older ones send
 * Origin on every POST. A request with neither is not from a browser, so it carries no cookies a
 * page could borrow.
 */
function fromElsewhere(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin";
  const origin = headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  return originHost !== headers.get("host") && originHost !== headers.get("x-forwarded-host");
}

const isJson = (headers: Headers) =>
  headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() === "application/json";

export type Admitted = { ok: true; body: string | null } | { ok: false; response: Response };

/**
 * The checks that run before tRPC reads anything: the batch size, where a mutation comes from and
 * what it is, a session for every procedure that needs one, the body's size and nesting. Cheapest
 * first: nothing here reads more of the body than its limit allows.
 */
export async function admit(
  request: Request,
  input: { endpoint: string; signedIn: boolean },
): Promise<Admitted> {
  const url = new URL(request.url);
  const paths = proceduresOf(url, input.endpoint);
  const batchSize = url.searchParams.get("batch") === "1" ? paths.length : undefined;
  const refuse = (...args: Parameters<typeof refusal>) => ({
    ok: false as const,
    response: refusal(args[0], args[1], { batchSize, ...args[2] }),
  });

  if (paths.length > HTTP_LIMITS.maxBatch) {
    return refuse(
      "BAD_REQUEST",
      `One request may ask for at most ${HTTP_LIMITS.maxBatch} things; this one asked for ${paths.length}.`,
    );
  }
  if (request.method === "POST") {
    // Every POST is a mutation. A form on another site or port needs no CORS preflight for
    // multipart or text bodies, so both where it comes from and what it is are checked.
    if (fromElsewhere(request.headers)) {
      return refuse("FORBIDDEN", "Stride only accepts changes sent from its own pages.");
    }
    if (!isJson(request.headers)) {
      return refuse("UNSUPPORTED_MEDIA_TYPE", "Send the request as JSON (application/json).");
    }
  }
  // Authentication before any input is read: a signed-out request to a signed-in procedure is
  // answered here, whatever its body holds.
  if (!input.signedIn && !paths.every(allowsAnonymous)) {
    return refuse("UNAUTHORIZED", "Sign in to continue.");
  }

  if (request.method !== "POST") {
    const query = url.searchParams.get("input");
    if (query && jsonDepthExceeds(query, MAX_JSON_DEPTH))
      return refuse("BAD_REQUEST", TOO_DEEP_MESSAGE);
    return { ok: true, body: null };
  }
  const limit = bodyLimitFor(paths, input.signedIn);
  const tooLarge = () =>
    refuse(
      "PAYLOAD_TOO_LARGE",
      `This request is larger than the ${describeBytes(limit)} Stride accepts. Send less at a time.`,
      { headers: { connection: "close" } },
    );
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) return tooLarge();
  const body = await readAtMost(request, limit);
  if (body === null) return tooLarge();
  if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) return refuse("BAD_REQUEST", TOO_DEEP_MESSAGE);
  return { ok: true, body };
}

/** The body as text, or null once it passes `limit` bytes (the rest is never read). */
async function readAtMost(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
