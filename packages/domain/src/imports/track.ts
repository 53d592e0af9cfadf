import { getDistance } from "geolib";

/** A recorded point; any part may be missing (a point before the GPS fix has no position). */
export type TrackPoint = {
  lat: number | null;
  lon: number | null;
  /** Milliseconds since the epoch. */
  time: number | null;
  ele: number | null;
};

/**
 * GPS altitude wanders by several metres while standing still, and summing every small rise turns
 * that noise into climbing. With this hysteresis, rises and dips smaller than the threshold are
 * ignored. Checked against the devices' own totals on the FIT fixtures' altitude records: 5 m
 * gives 210 m for the FR310XT's 244 m and 64 m for the Fenix 2's 41 m, where 1 m gives 231 m and
 * 130 m; 5 m is also the usual figure for GPS altitude (barometric watches could use less).
 */
export const ELEVATION_THRESHOLD_METRES = 5;

/**
 * An obvious pause: at least this long between two points while covering less than
 * `PAUSE_MAX_SPEED` — the device auto-paused or logged nothing because nothing moved. Shorter
 * gaps are ordinary recording intervals (the eTrex fixture logs a point every 10–20 s).
 */
export const PAUSE_MIN_SECONDS = 30;
/** Metres per second; 0.2 m/s is a fifth of a slow walk, so anything slower is standing. */
export const PAUSE_MAX_SPEED = 0.2;

export type TrackSummary = {
  /** Earliest and latest time on the track, ms; null when no point has a time. */
  startMs: number | null;
  endMs: number | null;
  /** Null when fewer than two points have a position. */
  distanceMetres: number | null;
  /** Time between points within segments, without the gaps between segments and pauses. */
  movingSeconds: number | null;
  elevationGainMetres: number | null;
};

/**
 * Distance, moving time and climb of a track made of segments. Nothing is counted across the gap
 * between two segments: the device stopped recording there, and the athlete may have been driven
 * from one to the next.
 */
export function summarizeTrack(segments: readonly (readonly TrackPoint[])[]): TrackSummary {
  let startMs: number | null = null;
  let endMs: number | null = null;
  let distance: number | null = null;
  let moving: number | null = null;
  let gain: number | null = null;
  for (const points of segments) {
    const segment = summarizeSegment(points);
    if (segment.startMs !== null && (startMs === null || segment.startMs < startMs)) {
      startMs = segment.startMs;
    }
    if (segment.endMs !== null && (endMs === null || segment.endMs > endMs)) endMs = segment.endMs;
    distance = addNullable(distance, segment.distanceMetres);
    moving = addNullable(moving, segment.movingSeconds);
    gain = addNullable(gain, segment.elevationGainMetres);
  }
  return {
    startMs,
    endMs,
    distanceMetres: distance,
    movingSeconds: moving,
    elevationGainMetres: gain,
  };
}

function summarizeSegment(points: readonly TrackPoint[]): TrackSummary {
  let startMs: number | null = null;
  let endMs: number | null = null;
  let distance: number | null = null;
  let moving: number | null = null;
  let lastPlaced: TrackPoint | null = null;
  let lastTimed: TrackPoint | null = null;
  // Distance covered since the last point with a time, to tell a pause from slow progress.
  let sinceLastTimed: number | null = null;
  const elevations: number[] = [];
  for (const point of points) {
    if (point.ele !== null) elevations.push(point.ele);
    if (point.lat !== null && point.lon !== null) {
      if (lastPlaced?.lat != null && lastPlaced.lon != null) {
        const step = metresBetween(lastPlaced.lat, lastPlaced.lon, point.lat, point.lon);
        distance = (distance ?? 0) + step;
        sinceLastTimed = (sinceLastTimed ?? 0) + step;
      }
      lastPlaced = point;
    }
    if (point.time === null) continue;
    if (startMs === null || point.time < startMs) startMs = point.time;
    if (endMs === null || point.time > endMs) endMs = point.time;
    if (lastTimed?.time != null) {
      const seconds = (point.time - lastTimed.time) / 1000;
      // A clock that steps back (seen in Runkeeper exports) counts again once it passes the
      // last time; a repeated time adds nothing.
      if (seconds <= 0) continue;
      moving = (moving ?? 0) + (isPause(seconds, sinceLastTimed) ? 0 : seconds);
    }
    lastTimed = point;
    sinceLastTimed = null;
  }
  return {
    startMs,
    endMs,
    distanceMetres: distance,
    movingSeconds: moving,
    elevationGainMetres: elevations.length > 1 ? elevationGain(elevations) : null,
  };
}

function isPause(seconds: number, metres: number | null): boolean {
  // Without positions there is no telling, so the time counts as moving.
  return metres !== null && seconds >= PAUSE_MIN_SECONDS && metres / seconds < PAUSE_MAX_SPEED;
}

/** Great-circle distance in metres between two positions in degrees. */
export function metresBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  // geolib rounds to `accuracy` metres (default 1), far too coarse for points a second apart.
  return getDistance({ lat: lat1, lon: lon1 }, { lat: lat2, lon: lon2 }, 0.001);
}

/**
 * Total climb with the hysteresis described at `ELEVATION_THRESHOLD_METRES`: a climb is counted
 * from its lowest to its highest point once the track has turned down again by the threshold (or
 * ended), and wiggles smaller than the threshold neither start nor end a climb.
 */
export function elevationGain(
  elevations: readonly number[],
  threshold = ELEVATION_THRESHOLD_METRES,
): number {
  let gain = 0;
  let climbing = false;
  let low = elevations[0] ?? 0;
  let extreme = low;
  for (const elevation of elevations) {
    if (climbing) {
      if (elevation > extreme) extreme = elevation;
      else if (elevation <= extreme - threshold) {
        gain += extreme - low;
        climbing = false;
        extreme = elevation;
      }
    } else if (elevation < extreme) {
      extreme = elevation;
    } else if (elevation >= extreme + threshold) {
      low = extreme;
      climbing = true;
      extreme = elevation;
    }
  }
  return climbing ? gain + extreme - low : gain;
}

function addNullable(total: number | null, value: number | null): number | null {
  return value === null ? total : (total ?? 0) + value;
}

/**
 * A stop inside a lap: this long or longer at under `PAUSE_MAX_SPEED`. Shorter stops are a
 * traffic light or a turn and stay moving time, as on a watch's own moving time.
 */
export const STOP_MIN_SECONDS = 10;

/** A point of a recording with the distance covered so far (the device's or summed positions). */
export type DistancePoint = { time: number | null; metres: number | null };

/**
 * Seconds spent standing inside the recording: stretches of at least `STOP_MIN_SECONDS` slower
 * than `PAUSE_MAX_SPEED` (a crossing, a water stop) that a watch without auto-pause keeps timing.
 * Gaps the device left while auto-paused are not counted: its timer already left them out.
 * Zero when fewer than two points have both a time and a distance, or no distance was covered
 * (an indoor trainer without a sensor), since then nothing tells standing from moving.
 */
export function standingSeconds(points: readonly DistancePoint[]): number {
  const timed = points.filter(
    (point): point is { time: number; metres: number } =>
      point.time !== null && point.metres !== null,
  );
  if (timed.length < 2) return 0;
  if ((timed.at(-1)?.metres ?? 0) - (timed[0]?.metres ?? 0) <= 0) return 0;
  let standing = 0;
  let still = 0;
  const endStop = () => {
    if (still >= STOP_MIN_SECONDS) standing += still;
    still = 0;
  };
  for (let i = 1; i < timed.length; i++) {
    const previous = timed[i - 1] as { time: number; metres: number };
    const point = timed[i] as { time: number; metres: number };
    const seconds = (point.time - previous.time) / 1000;
    if (seconds <= 0) continue;
    const speed = Math.max(0, point.metres - previous.metres) / seconds;
    if (speed >= PAUSE_MAX_SPEED || seconds >= PAUSE_MIN_SECONDS) endStop();
    else still += seconds;
  }
  endStop();
  return standing;
}

/** A track's points with the distance summed from their positions (null before the first fix). */
export function withDistances(points: readonly TrackPoint[]): DistancePoint[] {
  let metres = 0;
  let last: TrackPoint | null = null;
  return points.map((point) => {
    if (point.lat === null || point.lon === null) return { time: point.time, metres: null };
    if (last?.lat != null && last.lon != null)
      metres += metresBetween(last.lat, last.lon, point.lat, point.lon);
    last = point;
    return { time: point.time, metres };
  });
}

/**
 * A track's points as stream samples (stream.ts): seconds since `startMs`, and the distance summed
 * within segments and carried across the gaps, never counting the way from one segment to the next.
 */
export function samplesOf(
  segments: readonly (readonly TrackPoint[])[],
  startMs: number,
  heartRates?: readonly (readonly (number | null)[])[],
) {
  let carried = 0;
  return segments.flatMap((points, s) => {
    const distances = withDistances(points);
    const last = distances.reduce<number | null>((max, p) => p.metres ?? max, null);
    const samples = points.flatMap((point, i) =>
      point.time === null
        ? []
        : [
            {
              t: (point.time - startMs) / 1000,
              d: distances[i]?.metres == null ? null : carried + (distances[i]?.metres ?? 0),
              lat: point.lat,
              lon: point.lon,
              ele: point.ele,
              hr: heartRates?.[s]?.[i] ?? null,
            },
          ],
    );
    carried += last ?? 0;
    return samples;
  });
}
