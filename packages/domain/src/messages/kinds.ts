import { z } from "zod";
import { addDaysTo, type CalendarDate, startOfDayIn, todayIn } from "../periods/calendar";
import { weekOf } from "../periods/rules";
import type { WeekDay } from "../profile/schemas";

/**
 * The kinds of message Stride sends outside the app (email today, Web Push later), each with
 * its own switch in /settings. Account mail (password reset, address confirmation, invitations)
 * is transactional: always sent, never unsubscribable.
 */
export const MESSAGE_KINDS = [
  "checkin_reminder",
  "coach_activity",
  "mention",
  "coach_digest",
  "group_digest",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const messageKindSchema = z.enum(MESSAGE_KINDS, { error: "Pick a kind of message" });

/** Whether a kind is on for someone who never chose: the group digest is opt-in. */
export function wantedByDefault(kind: MessageKind): boolean {
  return kind !== "group_digest";
}

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  checkin_reminder: "A reminder to check in, when I have not by then",
  coach_activity: "My coach commented or proposed a goal",
  mention: "Someone mentioned me",
  coach_digest: "A weekly digest of the athletes I coach",
  group_digest: "A weekly digest of my groups: who checked in and who has not",
};

/** The check-in reminder goes out this many hours before the athlete's week ends. */
export const REMINDER_HOURS = { default: 6, min: 1, max: 144 } as const;

export const reminderHoursSchema = z
  .number({ error: "Enter a number of hours" })
  .int("Enter whole hours")
  .min(REMINDER_HOURS.min, `At least ${REMINDER_HOURS.min} hour before the week ends`)
  .max(REMINDER_HOURS.max, `At most ${REMINDER_HOURS.max} hours (6 days) before the week ends`);

export const messagePreferencesInput = z.object({
  wants: z.object(
    Object.fromEntries(
      MESSAGE_KINDS.map((kind) => [kind, z.boolean({ error: "Choose on or off" })]),
    ) as Record<MessageKind, z.ZodBoolean>,
    { error: "Choose which messages you want" },
  ),
  reminderHoursBefore: reminderHoursSchema,
});
export type MessagePreferences = z.infer<typeof messagePreferencesInput>;

/**
 * When the check-in reminder for the week starting `weekStart` is due: `hoursBefore` hours
 * before the week ends (midnight at the start of the next week, where the athlete is).
 */
export function reminderDueAt(weekStart: CalendarDate, timeZone: string, hoursBefore: number) {
  const weekEnds = new Date(startOfDayIn(addDaysTo(weekStart, 7), timeZone));
  return new Date(weekEnds.getTime() - hoursBefore * 3_600_000);
}

/**
 * The week whose reminder is due at `now` for this athlete, or null when it is not yet time:
 * only the current week's (a reminder for a week that has ended would only nag).
 */
export function dueReminderWeek(
  now: Date,
  athlete: { timeZone: string; weekStart: WeekDay; reminderHoursBefore: number },
): CalendarDate | null {
  const week = weekOf(todayIn(athlete.timeZone, now), athlete.weekStart);
  const due = reminderDueAt(week.start, athlete.timeZone, athlete.reminderHoursBefore);
  return now >= due ? week.start : null;
}

export const unsubscribeInput = z.object({
  token: z
    .string({ error: "This unsubscribe link is not complete: open the whole link from the email" })
    .min(1, "This unsubscribe link is not complete: open the whole link from the email")
    .max(200, "This unsubscribe link is not valid: open the link from the email"),
});

/** What the unsubscribe page and the one-click POST say about a link that is not one of ours. */
export const BAD_UNSUBSCRIBE_LINK =
  "This unsubscribe link is not valid: it may have been changed or cut short. Open the link from the email again, or choose which emails you get in Settings.";
