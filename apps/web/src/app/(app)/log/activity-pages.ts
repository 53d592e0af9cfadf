import type { AppRouter } from "@stride/api";
import type { ActivityType } from "@stride/domain/goals";
import type { inferRouterOutputs } from "@trpc/server";

type ActivityPage = inferRouterOutputs<AppRouter>["activities"]["list"];

/** The log's filters as the list sends them; the page prefetches the unfiltered first page. */
export function activityFilters(type: ActivityType | null, from: string, to: string) {
  return { type, from: from || null, to: to || null, limit: 25 };
}

export const activityPages = {
  getNextPageParam: (page: ActivityPage) => page.nextCursor,
  initialCursor: null,
};
