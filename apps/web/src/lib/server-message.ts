export const UNREACHABLE = "Could not reach Stride. Check your connection and try again.";

/** What the error formatter (packages/api/src/errors.ts) sends with every refused call. */
export type ServerErrorData = {
  code?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  details?: Record<string, unknown>;
};

/**
 * The server's answer inside a tRPC client error, or null when none came (offline, a network
 * failure). Read by shape rather than `instanceof TRPCClientError`, so a page's own code does not
 * pull the tRPC client's module into its chunk.
 */
export function serverAnswer(error: unknown): { message: string; data: ServerErrorData } | null {
  if (!(error instanceof Error) || !("data" in error)) return null;
  const data = (error as { data?: unknown }).data;
  return data && typeof data === "object" ? { message: error.message, data } : null;
}

/**
 * The sentence for a refused call: the server's own (the formatter never sends a stack or SQL),
 * or that no answer came. For an action that is not a form (a button, a status select); forms go
 * through `applyServerErrors`.
 */
export function serverMessage(error: unknown): string {
  return serverAnswer(error)?.message ?? UNREACHABLE;
}

/** A call that got no answer at all (offline, the connection dropped): worth keeping to send later. */
export function noAnswer(error: unknown): boolean {
  return error instanceof Error && error.name === "TRPCClientError" && serverAnswer(error) === null;
}
