import type { AppRouter } from "@stride/api";
import type { inferRouterOutputs } from "@trpc/server";

type FeedPage = inferRouterOutputs<AppRouter>["groups"]["feed"];

/** How the group feed pages; the page prefetches the first page with the same options. */
export const feedPages = {
  getNextPageParam: (page: FeedPage) => page.nextCursor,
  initialCursor: null,
};
