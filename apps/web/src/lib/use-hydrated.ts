"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once the page is live. A form whose
 * fields react-hook-form fills when they mount keeps them disabled until then, so nothing typed
 * in the first moment is overwritten by that fill.
 */
export function useHydrated() {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
