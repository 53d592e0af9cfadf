import { logger } from "@stride/runtime/logger";
import { mailEnv } from "./env";
import { createMailer, type Mailer } from "./mailer";

// One per process, on globalThis like the database: the server and the app are compiled
// separately and must share it.
const KEY = Symbol.for("stride.mailer");
const store = globalThis as { [KEY]?: Mailer };

/** The process's mailer, from SMTP_URL / MAIL_FROM (or the outbox when SMTP_URL is unset). */
export function appMailer(): Mailer {
  if (!store[KEY]) {
    const env = mailEnv();
    store[KEY] = createMailer({
      smtpUrl: env.smtpUrl,
      from: env.from,
      outboxDir: env.outboxDir,
      log: logger(),
    });
  }
  return store[KEY];
}

/** An absolute link into the app: APP_URL followed by `pathname`. */
export function appUrl(pathname: string): string {
  return `${mailEnv().appUrl}${pathname.startsWith("/") ? "" : "/"}${pathname}`;
}
