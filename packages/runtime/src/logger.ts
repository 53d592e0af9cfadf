import { format, stripVTControlCharacters } from "node:util";
import pino, { type DestinationStream, type Logger } from "pino";
import { runtimeEnv } from "./env";
import { currentRequest } from "./request-context";

/**
 * Keys whose values never reach a log line, at the top of a logged object or one level down
 * (`{ input: { password } }`), so a careless `log.info({ input })` still cannot leak a secret.
 * Request lines are built from chosen fields anyway: no headers, no bodies, no query strings.
 */
export const REDACTED_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "secret",
  "csrfToken",
  "cookie",
  "cookies",
  "authorization",
  "set-cookie",
  "body",
] as const;

const redactPaths = REDACTED_KEYS.flatMap((key) => [`["${key}"]`, `*["${key}"]`]);

export type { Logger };

/** JSON lines on stdout (or `destination`), each naming the request it was written for. */
export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? runtimeEnv().LOG_LEVEL,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths, censor: "[redacted]" },
      mixin() {
        const request = currentRequest();
        if (!request) return {};
        return request.userId
          ? { reqId: request.reqId, userId: request.userId }
          : { reqId: request.reqId };
      },
    },
    // Synchronous, so the last lines before process.exit are written, not lost in a buffer.
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

// One logger per process, shared by the server and the app through globalThis (each loads its
// own copy of this module): the server installs the one it configured (pretty in development).
const holder = globalThis as typeof globalThis & { [key: symbol]: Logger | undefined };
const KEY = Symbol.for("stride.logger");

export function installLogger(log: Logger): void {
  holder[KEY] = log;
}

export function logger(): Logger {
  holder[KEY] ??= createLogger();
  return holder[KEY];
}

/**
 * Sends console output (Next's own messages, libraries') through the logger, so that every line
 * a production server prints is one JSON object that a log collector can parse.
 */
export function captureConsole(log: Logger): void {
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      // Next colours its messages for a terminal; a log line keeps the words only.
      const message = stripVTControlCharacters(format(...args.filter((arg) => arg !== error)));
      if (error) log[level]({ err: error }, message || error.message);
      else log[level](message);
    };
  console.debug = write("debug");
  console.log = write("info");
  console.info = write("info");
  console.warn = write("warn");
  console.error = write("error");
}
