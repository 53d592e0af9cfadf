import type { Database } from "@stride/db/client";
import { groupDigestRecipients, listMyGroups } from "@stride/db/queries";
import { appUrl, groupDigestMessage, type Mailer } from "@stride/mail";
import type { Queue } from "@stride/queue";
import { groupCheckins } from "./group-checkins";
import { recipientWanting, sendOnce, unsubscribeFor } from "./messages";
import { queueOnWeekStart } from "./weekly-plan";

export const GROUP_DIGEST_JOB = "group-digest";

export type GroupDigestJob = { userId: string; weekStart: string };

/** Queues the group digest of everyone who asked for it and whose week starts today there. */
export function planGroupDigests(db: Database, queue: Queue, now: Date): Promise<number> {
  return groupDigestRecipients(db).then((people) =>
    queueOnWeekStart(queue, now, people, { name: GROUP_DIGEST_JOB, kind: "group_digest" }),
  );
}

/**
 * Mails one person, once for the week, who in each of their groups checked in for the week just
 * ended (each member's own week) and who has not.
 */
export async function sendGroupDigest(
  deps: { db: Database; mailer: Mailer; now: Date },
  job: GroupDigestJob,
): Promise<boolean> {
  const { db } = deps;
  const to = await recipientWanting(db, job.userId, "group_digest");
  if (!to) return false;
  const groups = [];
  for (const group of await listMyGroups(db, to.userId)) {
    const members = await groupCheckins(db, {
      viewerId: to.userId,
      groupId: group.id,
      offset: -1,
      now: deps.now,
    });
    groups.push({
      name: group.name,
      checkedIn: members.filter((m) => m.checkedIn).map((m) => m.name),
      notYet: members.filter((m) => !m.checkedIn).map((m) => m.name),
    });
  }
  if (groups.length === 0) return false;
  const message = groupDigestMessage({
    to,
    groups,
    url: appUrl("/groups"),
    unsubscribe: unsubscribeFor(to.userId, "group_digest"),
  });
  const key = { userId: to.userId, kind: "group_digest" as const, period: job.weekStart };
  return sendOnce(db, deps.mailer, key, message);
}
