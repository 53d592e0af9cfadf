import type { Database } from "@stride/db/client";
import { isDatabaseUnavailable } from "@stride/db/errors";
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
  storeIdempotentResponse,
} from "@stride/db/queries";
import { refusal } from "./http/refusal";
import { DATABASE_UNAVAILABLE_MESSAGE } from "./trpc";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY = /^[A-Za-z0-9_-]{8,100}$/;
const WAIT_MS = 10_000;
const POLL_MS = 100;
// Longer than any mutation takes; a claim older than this with no answer was abandoned.
const STALE_MS = 15_000;

type Stored = { status: number; body: string; contentType: string };

/**
 * Claims this process made for requests that failed, and could not let go of because the database
 * went away at that moment (a restart). Nothing was done for them, so a retry that reaches this
 * process takes the claim over at once instead of waiting for it to go stale; a retry that reaches
 * another instance still waits for STALE_MS. Bounded: the oldest are forgotten first.
 */
const abandoned = new Set<string>();
const MAX_ABANDONED = 10_000;
const claimId = (ids: { userId: string; key: string }) => `${ids.userId}:${ids.key}`;

async function letGo(db: Database, ids: { userId: string; key: string }) {
  try {
    await releaseIdempotencyKey(db, ids);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (abandoned.size >= MAX_ABANDONED) abandoned.delete(abandoned.values().next().value ?? "");
    abandoned.add(claimId(ids));
  }
}

const conflict = (message: string) => refusal("CONFLICT", message);

const replay = (stored: Stored) =>
  new Response(stored.body, {
    status: stored.status,
    headers: { "content-type": stored.contentType, "idempotent-replay": "true" },
  });

/**
 * Answers a signed-in person's mutation once per idempotency key: the first request with a key
 * runs and its answer is kept; a retry (a double click, a network retry, a second tab) gets the
 * same answer without running again, even while the first is still running. A request that
 * failed keeps nothing, so its retry runs. Requests without a key, or anonymous, just run.
 */
export async function answerOnce(input: Parameters<typeof keyedAnswer>[0]): Promise<Response> {
  try {
    return await keyedAnswer(input);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return refusal("SERVICE_UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE);
  }
}

async function keyedAnswer(input: {
  db: Database;
  userId: string | null;
  key: string | null;
  path: string;
  run: () => Promise<Response>;
}): Promise<Response> {
  const { db, userId, key, path } = input;
  if (!userId || !key || !KEY.test(key)) return input.run();
  const ids = { userId, key };
  if (await claimIdempotencyKey(db, { ...ids, path })) {
    let response: Response;
    try {
      response = await input.run();
    } catch (error) {
      await letGo(db, ids).catch(() => {});
      throw error;
    }
    const stored: Stored = {
      status: response.status,
      body: await response.text(),
      contentType: response.headers.get("content-type") ?? "application/json",
    };
    if (!response.ok) await letGo(db, ids);
    else {
      try {
        await storeIdempotentResponse(db, { ...ids, response: stored });
      } catch (error) {
        // The answer stands even if it could not be kept (the database went away just now); the
        // work was done, so its claim waits until it is stale before a retry may run again.
        if (!isDatabaseUnavailable(error)) throw error;
      }
    }
    return new Response(stored.body, { status: stored.status, headers: response.headers });
  }
  for (let waited = 0; waited <= WAIT_MS; waited += POLL_MS) {
    const row = await findIdempotencyKey(db, ids);
    // The first attempt failed and let go of the key: this one may try again.
    if (!row) return keyedAnswer(input);
    // A claim this process gave up on, or one left unanswered for long (its server stopped
    // mid-way): let this request run.
    const stale = Date.now() - row.createdAt.getTime() > STALE_MS;
    // (Deleted before any await: of two retries at once, only one takes the claim over.)
    if (!row.response && (abandoned.delete(claimId(ids)) || stale)) {
      await releaseIdempotencyKey(db, ids);
      return keyedAnswer(input);
    }
    if (row.path !== path)
      return conflict("This request's idempotency key was already used for another action.");
    if (row.response) return replay(row.response as Stored);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return refusal(
    "SERVICE_UNAVAILABLE",
    "The same request is still being processed. Try again in a moment.",
  );
}
