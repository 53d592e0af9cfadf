import type { ActivityType } from "../goals/constants";
import { activityTypeFromName, activityTypeFromTitle } from "./activity-types";
import { distanceOrNull, movingWithin, parseDecimal, roundMetres, roundSeconds } from "./numbers";
import { refuseFile } from "./refusals";
import { compactStream } from "./stream";
import { parseInstant, toInstantString } from "./time";
import { samplesOf, summarizeTrack, type TrackPoint } from "./track";
import type { FileImport, ParsedActivity, Refusal } from "./types";
import { attribute, childNode, childNodes, childText, isNode, readXml, type XmlNode } from "./xml";

const GPX_SHAPE = {
  arrays: new Set(["trk", "trkseg", "trkpt", "rte", "wpt"]),
  attributes: new Set(["lat", "lon", "creator"]),
  skip: new Set<string>(),
  // Kept unparsed: a point's heart rate is found in its text, which costs far less than parsing
  // every point's extension elements.
  raw: new Set(["extensions"]),
};

/** Garmin's TrackPointExtension `<gpxtpx:hr>` (any prefix, or none, as Strava and others write it). */
const HEART_RATE = /<(?:[\w-]+:)?hr>\s*(\d{2,3})\s*</;

/** A point's heart rate from its raw extensions, when it has a plausible one. */
function heartRateOf(point: XmlNode): number | null {
  const raw = point.extensions;
  const text = typeof raw === "string" ? raw : isNode(raw) ? String(raw["#text"] ?? "") : "";
  const bpm = Number(HEART_RATE.exec(text)?.[1]);
  return bpm >= 25 && bpm <= 250 ? bpm : null;
}

/**
 * Route planners whose GPX exports give every point a time made up from an assumed speed
 * (GPSies starts them at 2010-01-01T00:00:00Z), so the file looks recorded but is a plan.
 */
const ROUTE_PLANNER = /\bgpsies\b/i;

/** One activity per `<trk>` that has times; distance, moving time and climb from its points. */
export function parseGpx(text: string, file: string): FileImport {
  const read = readXml(text, GPX_SHAPE);
  if (!read.ok) return refuseFile(file, `${file} could not be read: ${read.problem}.`);
  const gpx = childNode(read.document, "gpx");
  if (!gpx) return refuseFile(file, `${file} is not a GPX file: it has no <gpx> element.`);
  if (ROUTE_PLANNER.test(attribute(gpx, "creator") ?? "")) {
    return refuseFile(
      file,
      `${file} is a route planned on GPSies, not a recorded activity: the planner made up its times.`,
    );
  }
  const metadata = childNode(gpx, "metadata");
  const activities: ParsedActivity[] = [];
  const refused: Refusal[] = [];
  let untimedPoints = 0;
  childNodes(gpx, "trk").forEach((track, index) => {
    const pointNodes = childNodes(track, "trkseg").map((segment) => childNodes(segment, "trkpt"));
    const segments = pointNodes.map((points) => points.map(toPoint));
    const heartRates = pointNodes.map((points) => points.map(heartRateOf));
    const summary = summarizeTrack(segments);
    if (summary.startMs === null || summary.endMs === null) {
      const points = segments.reduce((count, list) => count + list.length, 0);
      untimedPoints += points;
      if (points > 0) {
        refused.push({
          file,
          reason: `Track ${index + 1} has no times, so it was left out.`,
        });
      }
      return;
    }
    if (summary.endMs === summary.startMs) {
      refused.push({
        file,
        reason: `Track ${index + 1} has a single moment in time, not an activity.`,
      });
      return;
    }
    activities.push({
      startedAt: toInstantString(summary.startMs),
      localStart: null,
      type: typeOf(track, metadata),
      name: childText(track, "name") ?? childText(metadata, "name"),
      distanceMetres: distanceOrNull(summary.distanceMetres),
      durationSeconds: movingWithin(
        summary.movingSeconds === null ? null : roundSeconds(summary.movingSeconds),
        roundSeconds((summary.endMs - summary.startMs) / 1000),
      ),
      elapsedSeconds: roundSeconds((summary.endMs - summary.startMs) / 1000),
      elevationGainMetres:
        summary.elevationGainMetres === null ? null : roundMetres(summary.elevationGainMetres),
      notes: childText(track, "desc") ?? childText(metadata, "desc"),
      stream: compactStream(samplesOf(segments, summary.startMs, heartRates)),
      source: "gpx",
    });
  });
  if (activities.length > 0) return { file, activities, refused };
  // Nothing imported: one reason for the whole file says more than one per track.
  if (untimedPoints > 0) {
    return refuseFile(
      file,
      `${file} has track points without times, so it is a planned route rather than a recorded activity.`,
    );
  }
  if (childNodes(gpx, "rte").length > 0) {
    return refuseFile(file, `${file} holds a planned route, not a recorded activity.`);
  }
  return refused.length > 0
    ? { file, activities, refused }
    : refuseFile(file, `${file} has no track points, so there is no activity in it.`);
}

/**
 * Strava writes "running" or its own code ("9"); Runkeeper writes no type but names the track
 * "Cycling …". A GPX that says nothing either way is most likely a run.
 */
function typeOf(track: XmlNode, metadata: XmlNode | undefined): ActivityType {
  const type = childText(track, "type");
  if (type !== null) return activityTypeFromName(type);
  return (
    activityTypeFromTitle(childText(track, "name")) ??
    activityTypeFromTitle(childText(metadata, "name")) ??
    "run"
  );
}

function toPoint(point: XmlNode): TrackPoint {
  const lat = parseDecimal(attribute(point, "lat"));
  const lon = parseDecimal(attribute(point, "lon"));
  // Some loggers write 0,0 before they have a fix; nobody runs at Null Island.
  const placed =
    lat !== null &&
    lon !== null &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    (lat !== 0 || lon !== 0);
  return {
    lat: placed ? lat : null,
    lon: placed ? lon : null,
    time: parseInstant(childText(point, "time")),
    ele: parseDecimal(childText(point, "ele")),
  };
}
