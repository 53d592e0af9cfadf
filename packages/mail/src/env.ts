import path from "node:path";
import { dataDir } from "@stride/db/env";
import { z } from "zod";

const schema = z.object({
  /** smtp:// or smtps:// URL of the server that sends mail; unset: mail goes to the outbox. */
  SMTP_URL: z
    .url("SMTP_URL must be an smtp:// or smtps:// URL, like smtps://user:pass@smtp.example.com")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The From of every message. */
  MAIL_FROM: z.string().min(3).default("Stride <no-reply@stride.localhost>"),
  /** Where Stride is reached from a browser: every link in a message starts here. */
  APP_URL: z
    .url("APP_URL must be the address Stride is reached at, like https://stride.example.com")
    .default("http://localhost:3000"),
  /** The outbox folder when SMTP_URL is unset (`.data/mail` by default). */
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
});

export type MailEnv = {
  smtpUrl: string | undefined;
  from: string;
  appUrl: string;
  outboxDir: string;
};

let parsed: MailEnv | undefined;

/** The mail settings from the environment, read once. */
export function mailEnv(): MailEnv {
  if (!parsed) {
    const env = schema.parse(process.env);
    parsed = {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      appUrl: env.APP_URL.replace(/\/+$/, ""),
      outboxDir: env.MAIL_OUTBOX_DIR
        ? path.resolve(/*turbopackIgnore: true*/ env.MAIL_OUTBOX_DIR)
        : path.join(/*turbopackIgnore: true*/ dataDir(), "mail"),
    };
  }
  return parsed;
}
