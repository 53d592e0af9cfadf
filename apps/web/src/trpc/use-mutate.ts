"use client";

import { type MutationObserverOptions, useQueryClient } from "@tanstack/react-query";

/**
 * `useMutation(options).mutateAsync` for the buttons of a screen with no room for React Query's
 * mutation observer (the group feed: e2e/page-budgets.spec.ts). The observer's code loads on the
 * first call; the mutation then runs as useMutation's does, on the same client and cache (its
 * defaults, retries, the pause while offline).
 */
export function useMutate<TData, TError, TVariables, TContext>(
  options: MutationObserverOptions<TData, TError, TVariables, TContext>,
) {
  const client = useQueryClient();
  return async (variables: TVariables): Promise<TData> => {
    const { MutationObserver } = await import("./mutation-observer");
    const observer = new MutationObserver(client, options);
    try {
      return await observer.mutate(variables);
    } finally {
      // Let go of the finished mutation, as useMutation does on unmount: the cache forgets it.
      observer.reset();
    }
  };
}
