import { TRPCClientError } from "@trpc/client";

export const UNREACHABLE = "Could not reach Stride. Check your connection and try again.";

/**
 * The sentence for a refused call: the server's own (the error formatter never sends a stack or
 * SQL), or that no answer came. For an action that is not a form (a button, a status select);
 * forms go through `applyServerErrors`, which uses it for what is not about one field.
 */
export function serverMessage(error: unknown): string {
  return error instanceof TRPCClientError && error.data ? error.message : UNREACHABLE;
}
