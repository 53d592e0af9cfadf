import type { ActivityType } from "../goals/constants";
import { addDaysTo, type CalendarDate } from "../periods/calendar";
import { weekOf } from "../periods/rules";
import type { WeekDay } from "../profile/schemas";
import { formatDuration } from "../units";

export type ActivityProblem = { field: string; message: string };

/** Fastest sustained speed (m/s) a person reaches, per type, for activities of a kilometre or more. */
const TOP_SPEED: Record<ActivityType, number> = {
  run: 6.5, // a 1:48 half marathon pace is 5.9 m/s for the world's best; 6.5 leaves room for GPS drift
  walk: 3.5,
  strength: Number.POSITIVE_INFINITY,
  cross_training: 30, // a fast bike ride
  other: 30,
};

/**
 * Catches what a typo produces: a 3-minute marathon, a run next month. Figures are in metres and
 * seconds. Returns the first problem, naming the field to fix.
 */
export function activityProblem(
  activity: {
    date: CalendarDate;
    type: ActivityType;
    distanceMetres: number | null;
    durationSeconds: number | null;
  },
  context: { today: CalendarDate; weekStart: WeekDay },
): ActivityProblem | null {
  const lastLoggable = weekOf(context.today, context.weekStart).end;
  if (activity.date > lastLoggable) {
    return {
      field: "date",
      message: `You can log activities up to the end of this week (${lastLoggable}).`,
    };
  }
  if (activity.date < "2000-01-01" || activity.date < addDaysTo(context.today, -365 * 20)) {
    return { field: "date", message: "That date is too long ago." };
  }
  const { distanceMetres: distance, durationSeconds: duration } = activity;
  if (distance && duration && distance >= 1000) {
    const speed = distance / duration;
    if (speed > TOP_SPEED[activity.type]) {
      const fastest = distance / TOP_SPEED[activity.type];
      return {
        field: "durationSeconds",
        message: `${formatDuration(duration)} for that distance is faster than anyone can go (at least ${formatDuration(fastest)}). Check the distance and the duration.`,
      };
    }
  }
  return null;
}
