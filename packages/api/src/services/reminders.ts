import type { Database } from "@stride/db/client";
import { hasCheckedIn, mailRecipient, reminderRecipients } from "@stride/db/queries";
import { dueReminderWeek } from "@stride/domain/messages";
import { addDaysTo, formatCalendarDate, startOfDayIn } from "@stride/domain/periods";
import { appUrl, checkinReminderMessage, type Mailer } from "@stride/mail";
import type { Queue } from "@stride/queue";
import { sendOnce, unsubscribeFor, wantsMessage } from "./messages";
import { pushTo } from "./push";

export const CHECKIN_REMINDER_JOB = "checkin-reminder";

export type ReminderJob = { userId: string; weekStart: string };

/**
 * Queues the check-in reminders due at `now`: one job per athlete and week (its key), for
 * athletes who want reminders and have not checked in for the week. Runs on a schedule in every
 * instance's queue; the key keeps a week's reminder to one job however often it runs.
 */
export async function planReminders(db: Database, queue: Queue, now: Date): Promise<number> {
  let queued = 0;
  for (const athlete of await reminderRecipients(db)) {
    const weekStart = dueReminderWeek(now, athlete);
    if (!weekStart || (await hasCheckedIn(db, athlete.userId, weekStart))) continue;
    const job: ReminderJob = { userId: athlete.userId, weekStart };
    const key = `checkin_reminder:${athlete.userId}:${weekStart}`;
    if (await queue.send(CHECKIN_REMINDER_JOB, job, { key })) queued += 1;
  }
  return queued;
}

/**
 * Sends one athlete's reminder for one week, unless by now they have checked in, turned
 * reminders off or the week has ended; never twice for a week (sendOnce).
 */
export async function sendCheckinReminder(
  deps: { db: Database; mailer: Mailer; now: Date },
  job: ReminderJob,
): Promise<boolean> {
  const { db, now } = deps;
  const to = await mailRecipient(db, job.userId);
  if (!to) return false;
  const weekEndsAt = new Date(startOfDayIn(addDaysTo(job.weekStart, 7), to.timeZone));
  if (now >= weekEndsAt) return false;
  if (!(await wantsMessage(db, to.userId, "checkin_reminder"))) return false;
  if (await hasCheckedIn(db, to.userId, job.weekStart)) return false;
  const weekLabel = formatCalendarDate(job.weekStart, "EEE d MMM");
  const message = checkinReminderMessage({
    to,
    weekLabel,
    lastDayLabel: formatCalendarDate(addDaysTo(job.weekStart, 6), "EEEE d MMMM"),
    url: appUrl(`/checkins/${job.weekStart}`),
    unsubscribe: unsubscribeFor(to.userId, "checkin_reminder"),
  });
  const key = { userId: to.userId, kind: "checkin_reminder" as const, period: job.weekStart };
  const sent = await sendOnce(db, deps.mailer, key, message);
  if (sent)
    pushTo(db, to.userId, "checkin_reminder", {
      title: "Time to check in",
      body: `How did your week of ${weekLabel} go?`,
      url: `/checkins/${job.weekStart}`,
    });
  return sent;
}
