import type { AppRouter } from "@stride/api";
import { retryLink, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";

/**
 * Gives every mutation an idempotency key once, before any retry, so the server answers a retried
 * or doubled mutation once (see packages/api/src/idempotency.ts).
 */
export const idempotencyKeyLink: TRPCLink<AppRouter> =
  () =>
  ({ next, op }) =>
    observable((observer) => {
      const keyed =
        op.type === "mutation" && typeof op.context.idempotencyKey !== "string"
          ? { ...op, context: { ...op.context, idempotencyKey: crypto.randomUUID() } }
          : op;
      return next(keyed).subscribe(observer);
    });

/** Network failures of a mutation are retried with the same key; answers from the server are not. */
export const retryNetworkFailures = retryLink<AppRouter>({
  retry: ({ op, error, attempts }) =>
    op.type === "mutation" && attempts <= 2 && error.data === undefined && !error.meta?.response,
  retryDelayMs: (attempt) => 300 * 2 ** attempt,
});
