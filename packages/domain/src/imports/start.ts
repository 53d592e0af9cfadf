import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { DomainError } from "../errors";
import { isCalendarDate } from "../periods/schemas";
import { isValidTimeZone } from "../profile/time-zones";
import { toInstantString } from "./time";
import type { ParsedActivity } from "./types";

export type ResolvedStart = {
  /** The day it started where the athlete lives, "YYYY-MM-DD". */
  date: string;
  /** "HH:MM" there, or null when the file gave only a day. */
  startTime: string | null;
  /** The instant, ISO 8601 UTC, or null when the file gave only a day. */
  startedAt: string | null;
};

const LOCAL_START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/**
 * When an activity started, as the athlete's calendar and clock show it in `timeZone`. A file
 * that gives an instant (GPX, TCX, FIT) is shown in that zone; a file that gives a wall-clock
 * time without a zone (Strava and Stride CSV) is read as that time in the athlete's zone, so
 * every source gets an instant and duplicates can be found by (startedAt, type).
 *
 * A wall-clock time that happens twice (when clocks go back) is the first of the two; one that
 * never happens (skipped when clocks go forward) moves forward by the gap, as a clock would.
 */
export function resolveStart(
  activity: Pick<ParsedActivity, "startedAt" | "localStart">,
  timeZone: string,
): ResolvedStart {
  if (!isValidTimeZone(timeZone)) {
    throw new DomainError("INVALID", `"${timeZone}" is not a time zone`, { field: "timeZone" });
  }
  if (activity.startedAt !== null) {
    const ms = Date.parse(activity.startedAt);
    if (Number.isNaN(ms)) throw invalid(`"${activity.startedAt}" is not an instant`, "startedAt");
    return describe(new TZDate(ms, timeZone));
  }
  const local = activity.localStart;
  if (local === null) throw invalid("The activity has no start date", "startedAt");
  if (isCalendarDate(local)) return { date: local, startTime: null, startedAt: null };
  const match = LOCAL_START.exec(local);
  if (!match || !isCalendarDate(local.slice(0, 10))) {
    throw invalid(`"${local}" is not a local date and time`, "localStart");
  }
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallClock = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  return describe(new TZDate(instantOf(wallClock, timeZone), timeZone));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a wall-clock time (given as if it were UTC) happens in `timeZone`. Decided here
 * rather than left to TZDate, which picks the first of two repeated times in some zones and the
 * second in others.
 */
function instantOf(wallClock: number, timeZone: string): number {
  const before = tzOffset(timeZone, new Date(wallClock - DAY_MS));
  const after = tzOffset(timeZone, new Date(wallClock + DAY_MS));
  const matching = [before, after]
    .map((offset) => wallClock - offset * 60_000)
    .filter((instant) => wallClock - tzOffset(timeZone, new Date(instant)) * 60_000 === instant);
  // No match: the time was skipped; read with the offset before the change, it lands after it.
  return matching.length > 0 ? Math.min(...matching) : wallClock - before * 60_000;
}

function describe(local: TZDate): ResolvedStart {
  return {
    date: format(local, "yyyy-MM-dd"),
    startTime: format(local, "HH:mm"),
    startedAt: toInstantString(local.getTime()),
  };
}

function invalid(message: string, field: string): DomainError {
  return new DomainError("INVALID", message, { field });
}
