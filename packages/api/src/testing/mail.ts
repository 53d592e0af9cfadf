import { randomUUID } from "node:crypto";
import type { Database } from "@stride/db/client";
import { createMailer } from "@stride/mail";
import { type MailCatcher, startMailCatcher } from "@stride/mail/testing";
import { createLogger } from "@stride/runtime/logger";
import { afterAll, beforeAll } from "vitest";
import { createContext } from "../context";
import { createCaller } from "../root";

/**
 * A real SMTP server for the file (started before its tests, closed after), and callers whose
 * mail goes to it through nodemailer, as in production with SMTP_URL set.
 */
export function useMailCatcher() {
  const state = {} as { catcher: MailCatcher; mailer: ReturnType<typeof createMailer> };
  beforeAll(async () => {
    state.catcher = await startMailCatcher();
    state.mailer = createMailer({
      smtpUrl: state.catcher.url,
      from: "Stride <no-reply@stride.test>",
      outboxDir: "/nonexistent",
      log: createLogger({ level: "silent" }),
    });
  });
  afterAll(async () => {
    state.mailer.close();
    await state.catcher.close();
  });
  return {
    get catcher() {
      return state.catcher;
    },
    get mailer() {
      return state.mailer;
    },
    /** A caller acting as `viewerId` from its own client address (limits are per address). */
    callerFor(db: Database, viewerId: string | null, clientAddress = `test-${randomUUID()}`) {
      return createCaller(createContext({ db, viewerId, clientAddress, mailer: state.mailer }));
    },
  };
}
