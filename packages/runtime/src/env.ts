import { z } from "zod";

const schema = z.object({
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent",
    })
    .default("info"),
});

export type RuntimeEnv = z.infer<typeof schema>;

let parsed: RuntimeEnv | undefined;

/** The process's logging settings, read once. */
export function runtimeEnv(): RuntimeEnv {
  parsed ??= schema.parse(process.env);
  return parsed;
}
