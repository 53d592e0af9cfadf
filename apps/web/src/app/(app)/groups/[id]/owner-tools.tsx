"use client";

import type { AppRouter } from "@stride/api";
import type { inferRouterOutputs } from "@trpc/server";
import { lazy, type ReactNode, Suspense } from "react";

type Group = inferRouterOutputs<AppRouter>["groups"]["get"];

// The owner's tools are a chunk of their own, so the members the feed is for do not load them.
// The server renders them for the owner as usual; they become interactive when the chunk arrives.
const GroupAdmin = lazy(() => import("./group-admin").then((m) => ({ default: m.GroupAdmin })));

// `children` is the plain member list, rendered by the server, shown until then on a client-side
// navigation.
export function OwnerTools({ group, children }: { group: Group; children: ReactNode }) {
  return (
    <Suspense fallback={children}>
      <GroupAdmin group={group} />
    </Suspense>
  );
}
