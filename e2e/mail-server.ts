import path from "node:path";
import { startMailCatcher } from "@stride/mail/testing";

/** Where the e2e SMTP server writes what it receives (read by mailbox.ts). */
export function mailboxDir() {
  return path.join(process.env.STRIDE_E2E_DATA ?? "", "smtp");
}

/**
 * A real SMTP server (smtp-server) for the whole run, which the e2e web server sends to
 * (SMTP_URL in playwright.config.ts); it keeps every message as an .eml file for the specs.
 */
export default async function startMailServer() {
  const catcher = await startMailCatcher({
    port: Number(process.env.STRIDE_E2E_SMTP_PORT),
    saveTo: mailboxDir(),
  });
  return () => catcher.close();
}
