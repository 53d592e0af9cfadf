import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "@stride/runtime/logger";
import nodemailer from "nodemailer";
import { headerSafe } from "./headers";
import { type MessageBody, renderHtml, renderText } from "./layout";
import type { Recipient } from "./recipient";

/** A message ready to send: who it is for, what kind it is (for logs and preferences), and what it says. */
export type MailMessage = {
  kind: string;
  to: Pick<Recipient, "email" | "name">;
  subject: string;
  body: MessageBody;
  /** Extra headers (List-Unsubscribe); values are made header-safe. */
  headers?: Record<string, string>;
};

export type Mailer = {
  /** Where mail goes: "smtp" or "outbox <folder>". */
  readonly destination: string;
  send(message: MailMessage): Promise<{ messageId: string; file?: string }>;
  close(): void;
};

export type MailerOptions = {
  /** The SMTP server; without one, messages are written to `outboxDir` as .eml files. */
  smtpUrl?: string;
  from: string;
  outboxDir: string;
  log: Logger;
};

function toNodemailer(message: MailMessage, from: string) {
  const headers = Object.fromEntries(
    Object.entries(message.headers ?? {}).map(([key, value]) => [key, headerSafe(value)]),
  );
  return {
    from,
    // An address object, never a string joined by hand: nodemailer quotes and encodes the name.
    to: { name: headerSafe(message.to.name), address: headerSafe(message.to.email) },
    subject: headerSafe(message.subject),
    text: renderText(message.body),
    html: renderHtml(message.body),
    headers: { ...headers, "X-Stride-Kind": message.kind },
  };
}

/**
 * Sends through nodemailer: to `smtpUrl` when set, else into a local outbox folder (one .eml
 * file per message) with a log line, so a local run shows what would have been sent.
 */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      destination: "smtp",
      async send(message) {
        const info = await transport.sendMail(toNodemailer(message, options.from));
        options.log.info({ mail: { kind: message.kind, messageId: info.messageId } }, "mail sent");
        return { messageId: info.messageId };
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
  });
  return {
    destination: `outbox ${options.outboxDir}`,
    async send(message) {
      const info = await transport.sendMail(toNodemailer(message, options.from));
      await mkdir(options.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const id = info.messageId.replace(/[^A-Za-z0-9-]/g, "").slice(0, 24);
      const file = path.join(options.outboxDir, `${stamp}-${message.kind}-${id}.eml`);
      await writeFile(file, info.message as Buffer);
      options.log.info(
        {
          mail: {
            // No address: logs name no one's email (the file holds the message).
            kind: message.kind,
            subject: headerSafe(message.subject),
            file,
          },
        },
        "mail written to the outbox (SMTP_URL is not set)",
      );
      return { messageId: info.messageId, file };
    },
    close: () => transport.close(),
  };
}
