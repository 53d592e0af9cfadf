import { type Logger, logger } from "./logger";

type Hook = { name: string; run: () => Promise<unknown> | unknown };

export type Lifecycle = {
  /**
   * Resolves once the app has started (configuration checked, database migrated and open): the
   * server listens only then. Next runs the app's start (instrumentation.ts) in the background in
   * production, so the server cannot tell from Next alone.
   */
  started: Promise<void>;
  markStarted: () => void;
  /**
   * Aborted when the process starts to shut down. Work that would otherwise never end (live
   * streams) ends on it, and readiness answers 503 so a load balancer stops sending requests.
   */
  signal: AbortSignal;
  begin: () => void;
  /** Something to close once the requests in flight are done (the database). */
  onShutdown: (name: string, run: Hook["run"]) => void;
  /** Runs the hooks, the last registered first; one that fails is logged and the rest still run. */
  runHooks: (log?: Logger) => Promise<void>;
};

export function createLifecycle(): Lifecycle {
  const controller = new AbortController();
  const hooks: Hook[] = [];
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  return {
    started,
    markStarted,
    signal: controller.signal,
    // No reason given: the signal's reason is then an AbortError, which tRPC ends a stream on
    // quietly, without the "return" event that would tell the client not to reconnect.
    begin: () => {
      if (!controller.signal.aborted) controller.abort();
    },
    onShutdown: (name, run) => {
      hooks.push({ name, run });
    },
    runHooks: async (log = logger()) => {
      for (const hook of hooks.splice(0).reverse()) {
        try {
          await hook.run();
          log.info({ hook: hook.name }, `shutdown: ${hook.name} done`);
        } catch (error) {
          log.error({ err: error, hook: hook.name }, `shutdown: ${hook.name} failed`);
        }
      }
    },
  };
}

// One per process on globalThis, like the request context: the server and the app each load a
// copy of this module, and the app registers the hooks that the server runs.
const holder = globalThis as typeof globalThis & { [key: symbol]: Lifecycle | undefined };
const KEY = Symbol.for("stride.lifecycle");

/** The process's lifecycle. */
export function lifecycle(): Lifecycle {
  holder[KEY] ??= createLifecycle();
  return holder[KEY];
}
