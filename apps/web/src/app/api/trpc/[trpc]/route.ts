import { appRouter, createContext } from "@stride/api";
import { clientAddressOf, getViewerId } from "@stride/auth";
import { getDatabase, subscribeToChannel } from "@stride/db/client";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

function handler(request: Request) {
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
