import { z } from "zod";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  // Every interface by default, as a container needs; HOSTNAME=127.0.0.1 keeps it local.
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  /** Idle keep-alive connections are kept this long (ms): longer than a load balancer's idle timeout. */
  KEEP_ALIVE_TIMEOUT: z.coerce.number().int().positive().optional(),
  /**
   * How long requests in flight may take to finish after SIGTERM (ms). Under Docker's default
   * 10 s between SIGTERM and SIGKILL, so the database is closed before the process is killed.
   */
  STRIDE_SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(8000),
});

export type ServerEnv = z.infer<typeof schema>;

/** The HTTP server's settings from the environment. */
export function serverEnv(): ServerEnv {
  return schema.parse(process.env);
}

/**
 * A production server: Next and the app read NODE_ENV, and Next reads the configuration of the
 * build from this variable instead of compiling next.config.ts, which the bundle does not carry
 * (the same two settings as the server.js that `output: "standalone"` writes).
 */
export function settleProductionEnv(builtConfig: unknown): void {
  Object.assign(process.env, {
    NODE_ENV: "production",
    __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(builtConfig),
  });
}
