import type { DatabaseHandle } from "@stride/db/client";
import { appMailer } from "@stride/mail";
import { type Queue, startQueue } from "@stride/queue";
import { queueRunsJobs } from "@stride/queue/env";
import type { Logger } from "@stride/runtime/logger";
import { apiEnv } from "../env";
import { appJobs } from "./jobs";
import type { MailBatching } from "./mail-batches";
import { planReminders } from "./reminders";

// One per process, on globalThis like the database and the mailer (the server and the app are
// compiled separately).
const KEY = Symbol.for("stride.queue");
const store = globalThis as { [KEY]?: Queue };

/**
 * Starts the process's job queue on the app's database with every job the app runs (the web
 * server does this as it starts, and stops it on shutdown). With QUEUE_WORKER=off this instance
 * only adds jobs and leaves running them to the others.
 */
export async function startAppQueue(handle: DatabaseHandle, log: Logger): Promise<Queue> {
  // Read now: a bad MAIL_BATCH_MINUTES stops the start rather than a request later.
  apiEnv();
  const queue = await startQueue({
    connection: handle.queueConnection,
    jobs: appJobs({
      db: handle.db,
      mailer: appMailer(),
      now: () => new Date(),
      queue: () => appQueue(),
    }),
    log,
    work: queueRunsJobs(),
  });
  store[KEY] = queue;
  // Plans once now rather than at the schedule's next tick (up to five minutes away): a fresh
  // start (the demo) mails what is due at once. Keys keep a reminder to one job.
  if (queueRunsJobs()) {
    await planReminders(handle.db, queue, new Date()).catch((error: unknown) =>
      log.error({ err: error }, "planning reminders at start failed; the schedule tries again"),
    );
  }
  return queue;
}

/** The process's job queue; throws before startAppQueue. */
export function appQueue(): Queue {
  const queue = store[KEY];
  if (!queue) throw new Error("The job queue has not started");
  return queue;
}

/** Batched emails on the process's queue and clock, or null when this process runs no queue. */
export function appMailBatching(): MailBatching | null {
  const queue = store[KEY];
  return queue ? { queue, now: () => new Date(), minutes: apiEnv().mailBatchMinutes } : null;
}
