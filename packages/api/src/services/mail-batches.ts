import type { Database } from "@stride/db/client";
import {
  lastClaimOf,
  listUnreadNotificationsSince,
  mailRecipient,
  type NotificationKind,
} from "@stride/db/queries";
import { type BatchedMessageKind, mailBatchWindow } from "@stride/domain/messages";
import { appUrl, type Mailer, mailBatchMessage } from "@stride/mail";
import type { Queue } from "@stride/queue";
import { inBackground } from "./background";
import { recipientWanting, sendOnce, unsubscribeFor, wantsMessage } from "./messages";

/*
 * Emails about what a coach did and about @mentions, batched: the first such event in a window
 * of MAIL_BATCH_MINUTES queues one job for the person and kind, run when the window ends; the
 * job lists what the person has not read yet from their notifications (the stored truth), so a
 * deleted comment or one already read in the app is left out, and nothing at all sends nothing.
 */

export const MAIL_BATCH_JOB = "mail-batch";

export type MailBatchJob = {
  userId: string;
  kind: BatchedMessageKind;
  /** The window, as ISO instants. */
  windowStart: string;
  windowEnd: string;
};

/** Where a request queues batched emails, and the clock it reads (tests pass their own). */
export type MailBatching = { queue: Queue; now: () => Date; minutes: number };

/** The notifications each kind of email lists; `fromCoaches`: only those a coach of theirs made. */
const LISTS: Record<
  BatchedMessageKind,
  { kinds: NotificationKind[]; fromCoaches: boolean; url: string }
> = {
  coach_activity: { kinds: ["comment", "reply", "proposal"], fromCoaches: true, url: "/goals" },
  mention: { kinds: ["mention"], fromCoaches: false, url: "/notifications" },
};

/** Past this many items an email says there is more, rather than growing. */
const MAX_ITEMS = 30;

/**
 * Queues the person's batch for the window `at` falls in (one job per person, kind and window,
 * by key; later events in the window find it queued), to run at the window's end: only for
 * someone who wants this kind and has a confirmed address.
 */
export async function queueMailBatch(
  db: Database,
  batching: MailBatching,
  input: { userId: string; kind: BatchedMessageKind; at: Date },
): Promise<boolean> {
  if (!(await wantsMessage(db, input.userId, input.kind))) return false;
  if (!(await mailRecipient(db, input.userId))) return false;
  const window = mailBatchWindow(input.at, batching.minutes);
  const job: MailBatchJob = {
    userId: input.userId,
    kind: input.kind,
    windowStart: window.start.toISOString(),
    windowEnd: window.end.toISOString(),
  };
  const key = `mail-batch:${input.kind}:${input.userId}:${job.windowStart}`;
  return batching.queue.send(MAIL_BATCH_JOB, job, { key, startAfter: window.end });
}

/**
 * Tells the people's batches something happened, without holding up the request. Nothing when
 * this process runs no queue (a test without one, a script): the in-app notification stands.
 */
export function mailInBatch(
  db: Database,
  batching: MailBatching | null,
  input: { userIds: readonly string[]; kind: BatchedMessageKind },
): void {
  if (!batching || input.userIds.length === 0) return;
  const at = batching.now();
  inBackground(
    async () => {
      for (const userId of new Set(input.userIds))
        await queueMailBatch(db, batching, { userId, kind: input.kind, at });
    },
    { message: "batched email could not be queued", fields: { mail: { kind: input.kind } } },
  );
}

/**
 * Sends the person's email for the window, once (sendOnce, claimed per person, kind and window):
 * their unread notifications of the kind since the last such email (at most one window before
 * this one, so a first email or one after a pause does not dig up old news). Read after the
 * claim, so something that lands while the last email was sent is in this one rather than lost.
 */
export async function sendMailBatch(
  deps: { db: Database; mailer: Mailer },
  job: MailBatchJob,
): Promise<boolean> {
  const { db } = deps;
  const to = await recipientWanting(db, job.userId, job.kind);
  if (!to) return false;
  const key = { userId: to.userId, kind: job.kind, period: job.windowStart };
  const start = new Date(job.windowStart);
  const oneWindowBefore = new Date(2 * start.getTime() - new Date(job.windowEnd).getTime());
  return sendOnce(db, deps.mailer, key, async () => {
    const last = await lastClaimOf(db, { ...key, exceptPeriod: job.windowStart });
    const since = last && last > oneWindowBefore ? last : oneWindowBefore;
    const list = LISTS[job.kind];
    const rows = await listUnreadNotificationsSince(db, {
      ownerId: to.userId,
      kinds: list.kinds,
      since,
      fromCoaches: list.fromCoaches,
      limit: MAX_ITEMS + 1,
    });
    if (rows.length === 0) return null;
    return mailBatchMessage({
      to,
      kind: job.kind,
      items: rows.slice(0, MAX_ITEMS).map((row) => ({
        text: row.text,
        at: row.createdAt,
        url: appUrl(row.link ?? list.url),
      })),
      more: rows.length > MAX_ITEMS,
      url: appUrl(list.url),
      unsubscribe: unsubscribeFor(to.userId, job.kind),
    });
  });
}
