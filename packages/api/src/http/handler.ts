import type { Database } from "@stride/db/client";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext, type Subscribe } from "../context";
import { answerOnce, IDEMPOTENCY_HEADER } from "../idempotency";
import { appRouter } from "../root";
import { admit } from "./gate";
import { HTTP_LIMITS } from "./limits";

const ENDPOINT = "/api/trpc";

export type RequestScope = {
  db: Database;
  /** From the verified session, read once per request by the caller. */
  viewerId: string | null;
  clientAddress: string;
  subscribe?: Subscribe;
  /** Aborted when the server starts to shut down (live streams end on it). */
  shutdown?: AbortSignal;
  /** Where an unexpected error is told (the client only ever sees a generic message). */
  onInternalError?: (error: unknown, path: string | undefined) => void;
};

/**
 * `/api/trpc`: the request is admitted (gate.ts) before anything reads it, then mutations with
 * an idempotency key are answered once per key (idempotency.ts), then tRPC runs the procedures.
 */
export async function handleTrpcRequest(request: Request, scope: RequestScope) {
  const admitted = await admit(request, { endpoint: ENDPOINT, signedIn: scope.viewerId !== null });
  if (!admitted.ok) return admitted.response;
  // The body was read (within its limit) by the gate; tRPC gets it as it came.
  const req =
    admitted.body === null
      ? request
      : new Request(request.url, {
          method: request.method,
          headers: request.headers,
          body: admitted.body,
          signal: request.signal,
        });
  const run = () => serve(req, scope);
  if (request.method !== "POST") return run();
  return answerOnce({
    db: scope.db,
    userId: scope.viewerId,
    key: request.headers.get(IDEMPOTENCY_HEADER),
    path: new URL(request.url).pathname,
    run,
  });
}

function serve(request: Request, scope: RequestScope) {
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req: request,
    router: appRouter,
    // Checked by the gate already, with a sentence; this is tRPC's own guard behind it.
    maxBatchSize: HTTP_LIMITS.maxBatch,
    createContext: () =>
      createContext({
        db: scope.db,
        viewerId: scope.viewerId,
        clientAddress: scope.clientAddress,
        subscribe: scope.subscribe,
        shutdown: scope.shutdown,
      }),
    onError({ error, path }) {
      // The client only ever sees a generic message for these; the detail stays in the log.
      if (error.code !== "INTERNAL_SERVER_ERROR") return;
      if (scope.onInternalError) scope.onInternalError(error, path);
      else console.error(`tRPC ${path ?? "?"} failed`, error);
    },
  });
}
