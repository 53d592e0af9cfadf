"use client";

import { type DehydratedState, hydrate, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useRef } from "react";

/**
 * Puts a server render's query cache into the browser's, before the components below read it.
 * A leaner HydrationBoundary: each state is applied once, as it arrives (first load or after a
 * `router.refresh()`); hydrate keeps whichever of two copies of a query is newer, and tells the
 * components on screen after this render, never during it.
 */
export function Hydrate({ state, children }: { state: DehydratedState; children: ReactNode }) {
  const client = useQueryClient();
  const applied = useRef<DehydratedState | null>(null);
  if (applied.current !== state) {
    applied.current = state;
    hydrate(client, state);
  }
  return children;
}
