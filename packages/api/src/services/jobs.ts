import type { Database } from "@stride/db/client";
import type { Mailer } from "@stride/mail";
import type { Jobs, Queue } from "@stride/queue";
import {
  COACH_DIGEST_JOB,
  type CoachDigestJob,
  planCoachDigests,
  sendCoachDigest,
} from "./coach-digest";
import {
  GROUP_DIGEST_JOB,
  type GroupDigestJob,
  planGroupDigests,
  sendGroupDigest,
} from "./group-digest";
import { MAIL_BATCH_JOB, type MailBatchJob, sendMailBatch } from "./mail-batches";
import {
  CHECKIN_REMINDER_JOB,
  planReminders,
  type ReminderJob,
  sendCheckinReminder,
} from "./reminders";

export const PLAN_REMINDERS_JOB = "plan-reminders";

export type JobDeps = {
  db: Database;
  mailer: Mailer;
  /** The clock (tests move it). */
  now: () => Date;
  /** The queue these jobs run on, for jobs that queue others. */
  queue: () => Queue;
};

/** Every kind of job the app runs on its queue (ARCHITECTURE.md, "Mail and jobs"). */
export function appJobs(deps: JobDeps): Jobs {
  return {
    [PLAN_REMINDERS_JOB]: {
      // Every five minutes: a reminder goes out within five minutes of its time.
      cron: "*/5 * * * *",
      retryLimit: 2,
      run: async () => {
        await planReminders(deps.db, deps.queue(), deps.now());
        await planCoachDigests(deps.db, deps.queue(), deps.now());
        await planGroupDigests(deps.db, deps.queue(), deps.now());
      },
    },
    [CHECKIN_REMINDER_JOB]: {
      run: async (job: ReminderJob) => {
        await sendCheckinReminder({ db: deps.db, mailer: deps.mailer, now: deps.now() }, job);
      },
    },
    [COACH_DIGEST_JOB]: {
      run: async (job: CoachDigestJob) => {
        await sendCoachDigest(deps, job);
      },
    },
    [GROUP_DIGEST_JOB]: {
      run: async (job: GroupDigestJob) => {
        await sendGroupDigest({ db: deps.db, mailer: deps.mailer, now: deps.now() }, job);
      },
    },
    [MAIL_BATCH_JOB]: {
      run: async (job: MailBatchJob) => {
        await sendMailBatch(deps, job);
      },
    },
  };
}
