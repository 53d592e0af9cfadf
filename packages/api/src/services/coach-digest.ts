import type { Database } from "@stride/db/client";
import { coachDigestRecipients } from "@stride/db/queries";
import { formatCalendarDate } from "@stride/domain/periods";
import { appUrl, coachDigestMessage, type Mailer } from "@stride/mail";
import type { Queue } from "@stride/queue";
import { recipientWanting, sendOnce, unsubscribeFor } from "./messages";
import { coachTriage } from "./triage-rows";
import { queueOnWeekStart } from "./weekly-plan";

export const COACH_DIGEST_JOB = "coach-digest";

export type CoachDigestJob = { userId: string; weekStart: string };

/**
 * Queues the weekly digest of every coach whose week starts today where they are (one job per
 * coach and week, by key), for coaches who want it.
 */
export function planCoachDigests(db: Database, queue: Queue, now: Date): Promise<number> {
  return coachDigestRecipients(db).then((people) =>
    queueOnWeekStart(queue, now, people, { name: COACH_DIGEST_JOB, kind: "coach_digest" }),
  );
}

/**
 * Mails the coach's digest for the week, once: the athletes of their triage with the triage's
 * own reasons (services/triage-rows.ts, the same rows the dashboard shows), nothing recomputed.
 */
export async function sendCoachDigest(
  deps: { db: Database; mailer: Mailer },
  job: CoachDigestJob,
): Promise<boolean> {
  const { db } = deps;
  const to = await recipientWanting(db, job.userId, "coach_digest");
  if (!to) return false;
  const { rows } = await coachTriage(db, { coachId: to.userId, profile: to });
  if (rows.length === 0) return false;
  const message = coachDigestMessage({
    to,
    weekLabel: formatCalendarDate(job.weekStart, "EEE d MMM"),
    athletes: rows.map((row) => ({ name: row.name, reasons: row.reasons.map((r) => r.reason) })),
    url: appUrl("/coach"),
    unsubscribe: unsubscribeFor(to.userId, "coach_digest"),
  });
  const key = { userId: to.userId, kind: "coach_digest" as const, period: job.weekStart };
  return sendOnce(db, deps.mailer, key, message);
}
