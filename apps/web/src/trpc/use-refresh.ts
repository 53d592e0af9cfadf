"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";

/**
 * What every mutation does when it succeeds (ARCHITECTURE.md, "The web app"): mark the cached
 * queries stale, so the ones on screen fetch again, and re-render the server components, whose
 * fresh cache reaches the client through HydrateClient.
 */
export function useRefresh() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(async () => {
    await queryClient.invalidateQueries();
    router.refresh();
  }, [queryClient, router]);
}
