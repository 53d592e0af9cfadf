import { answerOnce, appRouter, createContext, IDEMPOTENCY_HEADER } from "@stride/api";
import { clientAddressOf, getViewerId } from "@stride/auth";
import { getDatabase, subscribeToChannel } from "@stride/db/client";
import { lifecycle } from "@stride/runtime/lifecycle";
import { logger } from "@stride/runtime/logger";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { withReconnectHint } from "~/server/live-streams";

/**
 * Mutations with an idempotency key are answered once per key (packages/api/src/idempotency.ts).
 * The session is read once per request and shared by the key check and the procedure.
 */
async function handler(request: Request) {
  const [db, viewerId] = await Promise.all([getDatabase(), getViewerId()]);
  const run = () => serve(request, viewerId);
  if (request.method !== "POST") return run();
  return answerOnce({
    db,
    userId: viewerId,
    key: request.headers.get(IDEMPOTENCY_HEADER),
    path: new URL(request.url).pathname,
    run,
  });
}

async function serve(request: Request, viewerId: string | null) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () =>
      createContext({
        db: await getDatabase(),
        viewerId,
        clientAddress: clientAddressOf(request.headers),
        subscribe: subscribeToChannel,
        shutdown: lifecycle().signal,
      }),
    onError({ error, path }) {
      // The client only ever sees a generic message for these; the detail stays in the log.
      if (error.code === "INTERNAL_SERVER_ERROR")
        logger().error({ err: error, procedure: path }, `tRPC ${path ?? "?"} failed`);
    },
  });
  return withReconnectHint(response);
}

export { handler as GET, handler as POST };
