import type { ActivityType } from "../goals/constants";
import { addDaysTo, type CalendarDate } from "../periods/calendar";
import { weekOf } from "../periods/rules";
import type { WeekDay } from "../profile/schemas";
import { formatDuration, formatNumber } from "../units";

export type ActivityProblem = { field: string; message: string };

/** Fastest sustained speed (m/s) a person reaches, per type, for activities of a kilometre or more. */
const TOP_SPEED: Record<ActivityType, number> = {
  run: 6.5, // a 1:48 half marathon pace is 5.9 m/s for the world's best; 6.5 leaves room for GPS drift
  walk: 3.5,
  ride: 25, // 90 km/h: a long descent, not a whole ride
  swim: 2.5, // the 50 m freestyle record is 2.4 m/s
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

/**
 * The usual range of average speed (m/s) per sport, for activities of a kilometre or more (a swim
 * of 400 m or more). Outside it the type is more likely wrong than the athlete extraordinary: a
 * "run" at 24 km/h is a ride, a "ride" at 6 km/h a walk. Only sports with a distance have one.
 */
const USUAL_SPEED: Partial<Record<ActivityType, readonly [number, number]>> = {
  run: [1.6, 5.6], // 10:25 to 2:59 per km
  walk: [0.5, 2.4], // 1.8 to 8.6 km/h
  ride: [2.5, 16], // 9 to 58 km/h
  swim: [0.25, 2.1], // 6:40 to 0:48 per 100 m
};
const GUESS_ORDER: ActivityType[] = ["run", "ride", "walk", "swim"];

export type TypeWarning = { message: string; suggested: ActivityType | null };

/**
 * Whether an activity's average speed is implausible for its type, as when a file names no sport
 * and a bike ride comes in as a run; with the type whose usual speed fits, when one does. Null when
 * the speed is usual, or there is too little to tell (no distance or time, or a short one).
 */
export function typeWarning(activity: {
  type: ActivityType;
  distanceMetres: number | null;
  durationSeconds: number | null;
}): TypeWarning | null {
  const { distanceMetres: metres, durationSeconds: seconds } = activity;
  const range = USUAL_SPEED[activity.type];
  const minimum = activity.type === "swim" ? 400 : 1000;
  if (!range || !metres || !seconds || metres < minimum) return null;
  const speed = metres / seconds;
  if (speed >= range[0] && speed <= range[1]) return null;
  const kmh = formatNumber(Math.round(speed * 36) / 10);
  const label = TYPE_WORDS[activity.type];
  const suggested =
    GUESS_ORDER.find((type) => {
      const usual = USUAL_SPEED[type];
      return type !== activity.type && usual && speed >= usual[0] && speed <= usual[1];
    }) ?? null;
  const how = speed > range[1] ? "fast" : "slow";
  return {
    message: `${kmh} km/h is ${how} for a ${label}${suggested ? `; is it a ${TYPE_WORDS[suggested]}?` : "."}`,
    suggested,
  };
}

const TYPE_WORDS: Record<ActivityType, string> = {
  run: "run",
  walk: "walk",
  ride: "ride",
  swim: "swim",
  strength: "strength session",
  cross_training: "cross-training session",
  other: "activity",
};
