import "server-only";
import { appRouter, createContext } from "@stride/api";
import { getDatabase } from "@stride/db/client";
import { dehydrate, type QueryClient } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { getViewerId } from "~/server/viewer";
import { Hydrate } from "./hydrate";
import { makeQueryClient } from "./query-client";

/**
 * The one way a page reads data (ARCHITECTURE.md, "The web app"): through `trpc`, the same
 * procedures as over HTTP, called in-process with the same context and policy, into this
 * request's query cache. `fetchQuery` returns the data for the server-rendered markup;
 * `<HydrateClient>` sends the same cache down, so client components read it with `useQuery` and
 * never fetch it again.
 */
export const getQueryClient = cache(makeQueryClient);

const getContext = cache(async () => {
  const [db, viewerId] = await Promise.all([getDatabase(), getViewerId()]);
  return createContext({ db, viewerId });
});

export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: getContext,
  queryClient: getQueryClient,
});

/** Reads a query into this request's cache and returns its data (one call per procedure). */
export const fetchQuery: QueryClient["fetchQuery"] = (options) =>
  getQueryClient().fetchQuery(options);

/**
 * Warms this request's cache for the client components below; a failed read is not sent down,
 * so the component fetches it again and shows its own error.
 */
export const prefetch: QueryClient["prefetchQuery"] = (options) =>
  getQueryClient().prefetchQuery(options);

/** Sends this request's query cache to the client components below. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <Hydrate state={dehydrate(getQueryClient())}>{children}</Hydrate>;
}

/**
 * Runs a read, and shows the 404 page when the thing is not there for this viewer: a malformed
 * id, someone else's row and a row that never existed all look the same.
 */
export async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
