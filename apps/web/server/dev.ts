// `pnpm dev`: the same server in development mode, with readable log lines.
import path from "node:path";
import { createLogger, installLogger } from "@stride/runtime/logger";
import pretty from "pino-pretty";
import { serve } from "./serve";

// A request on one line ("GET /week 200 41ms user 9b1f…"); other lines with their fields.
const REQUEST_FIELDS = "reqId,method,route,procedure,status,durationMs,userId,aborted";

installLogger(
  createLogger({
    destination: pretty({
      sync: true,
      translateTime: "SYS:HH:MM:ss",
      ignore: `pid,hostname,${REQUEST_FIELDS}`,
      messageFormat: (log, messageKey) =>
        log[messageKey] === "request"
          ? [log.method, log.route, log.procedure, log.status, `${log.durationMs}ms`]
              .concat(log.userId ? [`user ${log.userId}`] : [])
              .filter(Boolean)
              .join(" ")
          : String(log[messageKey]),
    }),
  }),
);
await serve({ dir: path.join(import.meta.dirname, ".."), dev: true });
