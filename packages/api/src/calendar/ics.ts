import { TZDate } from "@date-fns/tz";
import { ACTIVITY_LABELS, type ActivityType } from "@stride/domain/goals";
import { formatNumber } from "@stride/domain/units";
import ical from "ical-generator";

export type CalendarSession = {
  id: string;
  goalTitle: string;
  goalStrategy: string;
  day: string;
  time: string | null;
  activityType: ActivityType;
  /** In the goal's target unit (mi, km, minutes), when the plan has one. */
  amount: number | null;
  unit: string | null;
  note: string;
  /** The workout's steps in one line (formatWorkout), when the session has them. */
  workoutText: string | null;
};

const SESSION_MINUTES = 60;

/** Line breaks of every kind as "\n"; other control characters, which iCalendar text forbids, gone. */
function withoutControls(text: string) {
  return (
    text
      .replace(/\r\n|[\r\u0085\u2028\u2029]/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "")
  );
}

/**
 * RFC 5545 TEXT for a value ical-generator writes as given (the calendar's NAME and X-WR-CALNAME
 * are not escaped by it, unlike event text): a line break in a person's name must not start a
 * property of its own.
 */
function escapeText(text: string) {
  return withoutControls(text)
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, "\\n");
}

/**
 * An iCalendar document of planned sessions: timed events at the athlete's local time (written in
 * UTC, so every calendar app places them right), all-day events when no time was planned. Each
 * event keeps the session's id, so a subscribed calendar updates instead of duplicating.
 */
export function buildCalendar(input: {
  name: string;
  timeZone: string;
  sessions: readonly CalendarSession[];
}): string {
  const calendar = ical({
    name: escapeText(input.name),
    prodId: { company: "Stride", product: "Training plan", language: "EN" },
  });
  for (const session of input.sessions) {
    const [year, month, day] = session.day.split("-").map(Number);
    const amount =
      session.amount !== null && session.unit
        ? ` ${formatNumber(session.amount)} ${session.unit}`
        : "";
    // Event text is escaped (and every line folded) by ical-generator; controls are removed here.
    const summary = withoutControls(
      `${ACTIVITY_LABELS[session.activityType]}${amount}: ${session.goalTitle}`,
    ).replace(/\n/g, " ");
    const description = withoutControls(
      [
        session.workoutText && `Workout: ${session.workoutText}`,
        session.note,
        session.goalStrategy && `How: ${session.goalStrategy}`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
    if (session.time) {
      const [hours, minutes] = session.time.split(":").map(Number);
      const start = new Date(
        new TZDate(
          year ?? 0,
          (month ?? 1) - 1,
          day ?? 1,
          hours ?? 0,
          minutes ?? 0,
          input.timeZone,
        ).getTime(),
      );
      const durationMinutes =
        session.unit === "min" && session.amount
          ? session.amount
          : session.unit === "h" && session.amount
            ? session.amount * 60
            : SESSION_MINUTES;
      calendar.createEvent({
        id: `${session.id}@stride`,
        start,
        end: new Date(start.getTime() + durationMinutes * 60_000),
        summary,
        description,
      });
    } else {
      calendar.createEvent({
        id: `${session.id}@stride`,
        start: new Date(`${session.day}T00:00:00.000Z`),
        allDay: true,
        summary,
        description,
      });
    }
  }
  return calendar.toString();
}
