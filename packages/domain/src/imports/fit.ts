import { Decoder, type RecordMesg, type SessionMesg, Stream } from "@garmin/fitsdk";
import type { ActivityType } from "../goals/constants";
import { activityTypeFromName } from "./activity-types";
import { distanceOrNull, movingWithin, roundSeconds } from "./numbers";
import { refuseFile } from "./refusals";
import { compactStream } from "./stream";
import { toInstantString } from "./time";
import type { FileImport, ParsedActivity, Refusal } from "./types";

/** FIT files that hold something other than a recording, in words for the refusal. */
const NOT_ACTIVITIES: Record<string, string> = {
  course: "a course (a planned route)",
  workout: "a planned workout",
  schedules: "a training schedule",
  settings: "device settings",
};

/**
 * One activity per session message: the device's own summary, with timer time (pauses left out)
 * as the duration and elapsed time beside it. Records are not needed, so a file whose records
 * the SDK cannot decode to the end (the FR70's compressed timestamps) still imports its summary.
 */
export function parseFit(bytes: Uint8Array, file: string): FileImport {
  let decoded: ReturnType<Decoder["read"]>;
  try {
    const decoder = new Decoder(Stream.fromByteArray(bytes));
    if (!decoder.isFIT())
      return refuseFile(file, `${file} is not a FIT file: its header is wrong.`);
    decoded = decoder.read({ mergeHeartRates: false });
  } catch {
    return refuseFile(file, `${file} could not be read as a FIT file; it may be damaged.`);
  }
  const { messages, errors } = decoded;
  const fileType = messages.fileIdMesgs?.[0]?.type;
  if (fileType !== undefined && fileType !== "activity") {
    const what = NOT_ACTIVITIES[String(fileType)] ?? `a FIT "${fileType}" file`;
    return refuseFile(file, `${file} is ${what}, not a recorded activity.`);
  }
  const sessions = messages.sessionMesgs ?? [];
  if (sessions.length === 0) {
    const reason =
      errors.length > 0
        ? `${file} could not be read to the end and has no summary of the activity; it may be damaged or cut short.`
        : `${file} has no summary of an activity (no session), so there is nothing to import.`;
    return refuseFile(file, reason);
  }
  const activities: ParsedActivity[] = [];
  const refused: Refusal[] = [];
  const records = messages.recordMesgs ?? [];
  sessions.forEach((session, index) => {
    // A multisport file has a short session for each transition; they are not activities.
    if (session.sport === "transition") return;
    const parsed = toActivity(session, records);
    if (parsed) activities.push(parsed);
    else
      refused.push({ file, reason: `Session ${index + 1} has no start time, so it was left out.` });
  });
  return { file, activities, refused };
}

/** Semicircles (FIT's angle unit, 2^31 to 180°) to degrees. */
const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31;

const numberOr = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/** The session's records as the activity's stream (none when the SDK could not read them). */
function streamOf(records: readonly RecordMesg[], startMs: number, endMs: number) {
  const samples = records.flatMap((record) => {
    const time = record.timestamp instanceof Date ? record.timestamp.getTime() : Number.NaN;
    if (!(time >= startMs && time <= endMs)) return [];
    const lat = numberOr(record.positionLat);
    const lon = numberOr(record.positionLong);
    return [
      {
        t: (time - startMs) / 1000,
        d: numberOr(record.distance),
        lat: lat === null ? null : lat * DEGREES_PER_SEMICIRCLE,
        lon: lon === null ? null : lon * DEGREES_PER_SEMICIRCLE,
        ele: numberOr(record.enhancedAltitude) ?? numberOr(record.altitude),
        hr: numberOr(record.heartRate),
      },
    ];
  });
  return compactStream(samples);
}

function toActivity(session: SessionMesg, records: readonly RecordMesg[]): ParsedActivity | null {
  const start = session.startTime ?? session.timestamp;
  if (!(start instanceof Date) || Number.isNaN(start.getTime())) return null;
  const elapsed = numberOr(session.totalElapsedTime) ?? 0;
  return {
    startedAt: toInstantString(start.getTime()),
    localStart: null,
    type: fitActivityType(session.sport, session.subSport),
    name: null,
    distanceMetres: distanceOrNull(session.totalDistance),
    durationSeconds: movingWithin(
      secondsOrNull(session.totalTimerTime),
      secondsOrNull(session.totalElapsedTime),
    ),
    elapsedSeconds: secondsOrNull(session.totalElapsedTime),
    elevationGainMetres: typeof session.totalAscent === "number" ? session.totalAscent : null,
    notes: null,
    stream: streamOf(records, start.getTime(), start.getTime() + elapsed * 1000 + 1000),
    source: "fit",
  };
}

/** FIT's "training" covers strength, yoga and cardio classes; the sub-sport tells them apart. */
export function fitActivityType(sport: unknown, subSport: unknown): ActivityType {
  const name = String(sport ?? "generic");
  if (name === "training") {
    return subSport === "cardioTraining" || subSport === "hiit" ? "cross_training" : "strength";
  }
  return activityTypeFromName(name);
}

function secondsOrNull(value: number | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? roundSeconds(value) : null;
}
