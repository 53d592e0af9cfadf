import { answerOnce, appRouter, createContext, IDEMPOTENCY_HEADER } from "@stride/api";
import { clientAddressOf, getViewerId } from "@stride/auth";
import { getDatabase, subscribeToChannel } from "@stride/db/client";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

/** Mutations with an idempotency key are answered once per key (see packages/api/src/idempotency.ts). */
async function handler(request: Request) {
  if (request.method !== "POST") return run(request);
  return answerOnce({
    db: await getDatabase(),
    userId: await getViewerId(),
    key: request.headers.get(IDEMPOTENCY_HEADER),
    path: new URL(request.url).pathname,
    run: () => run(request),
  });
}

function run(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () =>
      createContext({
        db: await getDatabase(),
        viewerId: await getViewerId(),
        clientAddress: clientAddressOf(request.headers),
        subscribe: subscribeToChannel,
      }),
    onError({ error, path }) {
      // The client only ever sees a generic message for these; the detail stays in the log.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"} failed`, error);
    },
  });
}

export { handler as GET, handler as POST };
