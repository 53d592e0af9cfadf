import { activityTypeFromName } from "./activity-types";
import { distanceOrNull, movingWithin, parseDecimal, roundMetres, roundSeconds } from "./numbers";
import { refuseFile } from "./refusals";
import { compactStream } from "./stream";
import { parseInstant, toInstantString } from "./time";
import {
  type DistancePoint,
  standingSeconds,
  summarizeTrack,
  type TrackPoint,
  withDistances,
} from "./track";
import type { FileImport, ParsedActivity, Refusal } from "./types";
import { attribute, childNode, childNodes, childText, readXml, type XmlNode } from "./xml";

const TCX_SHAPE = {
  arrays: new Set(["Activity", "Lap", "Track", "Trackpoint", "Course"]),
  attributes: new Set(["Sport", "StartTime"]),
  skip: new Set(["Extensions", "Creator", "Author"]),
};

/**
 * One activity per `<Activity>`. Distance and timer time come from the laps, which the device
 * summed itself; positions fill in a distance only when the laps have none. An indoor session
 * without positions or a distance sensor keeps its time and gets no distance.
 */
export function parseTcx(text: string, file: string): FileImport {
  const read = readXml(text, TCX_SHAPE);
  if (!read.ok) return refuseFile(file, `${file} could not be read: ${read.problem}.`);
  const root = childNode(read.document, "TrainingCenterDatabase");
  const list = childNodes(childNode(root, "Activities"), "Activity");
  if (list.length === 0) {
    const reason = childNode(root, "Courses")
      ? `${file} holds a course (a planned route), not a recorded activity.`
      : `${file} has no activities in it.`;
    return refuseFile(file, reason);
  }
  const activities: ParsedActivity[] = [];
  const refused: Refusal[] = [];
  list.forEach((activity, index) => {
    const parsed = toActivity(activity);
    if (parsed) activities.push(parsed);
    else
      refused.push({
        file,
        reason: `Activity ${index + 1} has no start time, so it was left out.`,
      });
  });
  return { file, activities, refused };
}

function toActivity(activity: XmlNode): ParsedActivity | null {
  const laps = childNodes(activity, "Lap");
  const trackpoints = laps.flatMap((lap) =>
    childNodes(lap, "Track").map((track) => childNodes(track, "Trackpoint")),
  );
  const segments = trackpoints.map((points) => points.map(toPoint));
  const track = summarizeTrack(segments);
  const startMs =
    parseInstant(childText(activity, "Id")) ??
    parseInstant(attribute(laps[0], "StartTime")) ??
    track.startMs;
  if (startMs === null) return null;
  const lapDistance = sumAll(laps.map((lap) => parseDecimal(childText(lap, "DistanceMeters"))));
  const lapTime = sumAll(laps.map((lap) => parseDecimal(childText(lap, "TotalTimeSeconds"))));
  const endMs = Math.max(track.endMs ?? startMs, lapEnd(laps.at(-1)) ?? startMs);
  // The laps' timer keeps running while the athlete stands at a crossing; the points show it.
  const timer = lapTime ?? track.movingSeconds;
  const standing = standingSeconds(distancePoints(trackpoints.flat()));
  const moving = timer === null ? null : Math.max(0, timer - standing);
  const elapsed = roundSeconds((endMs - startMs) / 1000);
  return {
    startedAt: toInstantString(startMs),
    localStart: null,
    type: activityTypeFromName(attribute(activity, "Sport") ?? "Other"),
    name: null,
    distanceMetres: distanceOrNull(lapDistance) ?? distanceOrNull(track.distanceMetres),
    durationSeconds: movingWithin(moving === null ? null : roundSeconds(moving), elapsed),
    elapsedSeconds: elapsed,
    elevationGainMetres:
      track.elevationGainMetres === null ? null : roundMetres(track.elevationGainMetres),
    notes: childText(activity, "Notes"),
    stream: streamOf(trackpoints.flat(), startMs),
    source: "tcx",
  };
}

/** The sum when every lap gives the figure, else null (a partial sum would understate it). */
function sumAll(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((value) => value === null)) return null;
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

function lapEnd(lap: XmlNode | undefined): number | null {
  const start = parseInstant(attribute(lap, "StartTime"));
  const seconds = parseDecimal(childText(lap, "TotalTimeSeconds"));
  return start === null || seconds === null ? null : start + seconds * 1000;
}

/**
 * Each point with the distance covered so far: the device's own (`DistanceMeters`, filtered by the
 * watch) when the file has it, else summed from the positions.
 */
function distancePoints(points: readonly XmlNode[]): DistancePoint[] {
  const own = points.map((point) => parseDecimal(childText(point, "DistanceMeters")));
  if (own.some((metres) => metres !== null)) {
    return points.map((point, i) => ({
      time: parseInstant(childText(point, "Time")),
      metres: own[i] ?? null,
    }));
  }
  return withDistances(points.map(toPoint));
}

/** The recording for the activity's page: the watch's own distance, else summed positions. */
function streamOf(points: readonly XmlNode[], startMs: number) {
  const distances = distancePoints(points);
  return compactStream(
    points.flatMap((node, i) => {
      const point = toPoint(node);
      if (point.time === null) return [];
      return [
        {
          t: (point.time - startMs) / 1000,
          d: distances[i]?.metres ?? null,
          lat: point.lat,
          lon: point.lon,
          ele: point.ele,
          hr: parseDecimal(childText(childNode(node, "HeartRateBpm"), "Value")),
        },
      ];
    }),
  );
}

function toPoint(point: XmlNode): TrackPoint {
  const position = childNode(point, "Position");
  const lat = parseDecimal(childText(position, "LatitudeDegrees"));
  const lon = parseDecimal(childText(position, "LongitudeDegrees"));
  const placed = lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return {
    lat: placed ? lat : null,
    lon: placed ? lon : null,
    time: parseInstant(childText(point, "Time")),
    ele: parseDecimal(childText(point, "AltitudeMeters")),
  };
}
