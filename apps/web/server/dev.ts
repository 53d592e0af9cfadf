// `pnpm dev`: the same server in development mode, with readable log lines.
import path from "node:path";
import { createLogger, installLogger } from "@stride/runtime/logger";
import pretty from "pino-pretty";
import { serve } from "./serve";

installLogger(
  createLogger({
    destination: pretty({ translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname", sync: true }),
  }),
);
await serve({ dir: path.join(import.meta.dirname, ".."), dev: true });
