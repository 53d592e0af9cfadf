import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = ParsedMail & { envelopeTo: string[] };

/**
 * A real SMTP server in this process (smtp-server), whose messages are parsed with mailparser:
 * tests send through nodemailer exactly as production does and read what arrived.
 */
export async function startMailCatcher(options: { port?: number; saveTo?: string } = {}) {
  // `saveTo`: each message is also written there as an .eml file, for readers in other
  // processes (the e2e specs, while the server runs in Playwright's global setup).
  if (options.saveTo) mkdirSync(options.saveTo, { recursive: true });
  let count = 0;
  const messages: CaughtMail[] = [];
  const listeners = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      buffer(stream)
        .then(async (raw) => {
          count += 1;
          if (options.saveTo) {
            writeFileSync(path.join(options.saveTo, `${Date.now()}-${count}.eml`), raw);
          }
          const mail = await simpleParser(raw);
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          messages.push(Object.assign(mail, { envelopeTo }));
          for (const listener of listeners) listener();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  /** The messages to `email` so far. */
  const to = (email: string) => messages.filter((m) => m.envelopeTo.includes(email.toLowerCase()));

  /** Waits for a message to `email` matching `match` (the first one by default). */
  async function waitFor(
    email: string,
    match: (mail: CaughtMail) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<CaughtMail> {
    const found = () => to(email).find(match);
    const now = found();
    if (now) return now;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`No mail to ${email} arrived within ${timeoutMs} ms`));
      }, timeoutMs);
      function check() {
        const mail = found();
        if (!mail) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(mail);
      }
      listeners.add(check);
    });
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    to,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailCatcher = Awaited<ReturnType<typeof startMailCatcher>>;

/** The first link in a message's text part that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const match = (mail.text ?? "").match(
    new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\S*`),
  );
  if (!match) throw new Error(`No link starting with ${prefix} in:\n${mail.text}`);
  return match[0];
}
