"use client";

import type { AppRouter } from "@stride/api";
import { QueryClientProvider } from "@tanstack/react-query";
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  splitLink,
} from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { type ReactNode, useState } from "react";
import { idempotencyKeyLink, retryNetworkFailures } from "./links";
import { makeQueryClient } from "./query-client";
import { wire } from "./wire";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        idempotencyKeyLink,
        retryNetworkFailures,
        // Live feeds stream over server-sent events; mutations go one per request with their
        // idempotency key; queries are batched.
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url: "/api/trpc", transformer: wire }),
          false: splitLink({
            condition: (op) => op.type === "mutation",
            true: httpLink({
              url: "/api/trpc",
              transformer: wire,
              headers: ({ op }) => ({ "idempotency-key": String(op.context.idempotencyKey ?? "") }),
            }),
            // The server refuses batches of more than HTTP_LIMITS.maxBatch (10) procedures.
            false: httpBatchLink({ url: "/api/trpc", transformer: wire, maxItems: 10 }),
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
