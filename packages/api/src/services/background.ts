import { logger } from "@stride/runtime/logger";

const pending = new Set<Promise<void>>();

/**
 * Runs work without holding up the answer (mail, pushes): a failure is logged with `what` (never
 * an address or a payload) and never reaches the caller.
 */
export function inBackground(
  work: () => Promise<unknown>,
  what: { message: string; fields: Record<string, unknown> },
): void {
  const running = Promise.resolve()
    .then(work)
    .then(() => undefined)
    .catch((error: unknown) => {
      logger().error({ err: error, ...what.fields }, what.message);
    })
    .finally(() => pending.delete(running));
  pending.add(running);
}

/** Resolves when every piece of work handed to inBackground so far has finished or failed. */
export async function backgroundSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
