import { z } from "zod";

/**
 * What an imported activity keeps of its recording, for its page (splits, elevation, heart rate
 * and pace over time, the route): at most `MAX_STREAM_POINTS` samples, evenly spread over the
 * recording, as columns of whole numbers. 500 samples take about 20 kB as JSON, whatever the
 * file's size (a 6-hour GPX of 20,000 points included); a column the file does not have is null.
 */
export const MAX_STREAM_POINTS = 500;

/** One recorded moment: seconds since the start, metres so far, position, altitude, heart rate. */
export type StreamSample = {
  t: number;
  d: number | null;
  lat: number | null;
  lon: number | null;
  ele: number | null;
  hr: number | null;
};

const column = z.array(z.number().int().nullable()).max(MAX_STREAM_POINTS);

/** Columns: `t` seconds, `d` metres, `lat`/`lon` in 1e-5 degrees (about a metre), `ele` decimetres, `hr` bpm. */
export const activityStreamSchema = z
  .object({
    t: z.array(z.number().int().min(0)).min(2).max(MAX_STREAM_POINTS, "Keep streams compact"),
    d: column.nullable(),
    lat: column.nullable(),
    lon: column.nullable(),
    ele: column.nullable(),
    hr: column.nullable(),
  })
  .refine(
    (s) => [s.d, s.lat, s.lon, s.ele, s.hr].every((c) => c === null || c.length === s.t.length),
    "Every stream column has one value per sample",
  );
export type ActivityStream = z.infer<typeof activityStreamSchema>;

const scaled = (value: number | null, factor: number) =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * factor);

/** The samples (in time order) as a compact stream, or null with fewer than two. */
export function compactStream(
  samples: readonly StreamSample[],
  max = MAX_STREAM_POINTS,
): ActivityStream | null {
  const timed = samples.filter((s) => Number.isFinite(s.t));
  if (timed.length < 2) return null;
  const picked =
    timed.length <= max
      ? timed
      : Array.from(
          { length: max },
          (_, i) => timed[Math.round((i * (timed.length - 1)) / (max - 1))] as StreamSample,
        );
  const columnOf = (pick: (s: StreamSample) => number | null) => {
    const values = picked.map(pick);
    return values.every((v) => v === null) ? null : values;
  };
  const d = columnOf((s) => scaled(s.d, 1));
  return {
    t: picked.map((s) => Math.max(0, Math.round(s.t))),
    // A distance that never grows (a trainer without a sensor writes 0 m) is no distance.
    d: d?.some((metres) => metres !== null && metres > 0) ? d : null,
    lat: columnOf((s) => scaled(s.lat, 1e5)),
    lon: columnOf((s) => scaled(s.lon, 1e5)),
    ele: columnOf((s) => scaled(s.ele, 10)),
    hr: columnOf((s) => scaled(s.hr, 1)),
  };
}

export type Split = { index: number; metres: number; seconds: number };

/**
 * Splits every `unitMetres` (1000 for km, 1609.344 for mi) from the stream's distance and time,
 * the time at each boundary interpolated between the samples either side; the last split is the
 * part left over. Times are wall-clock, so a stop inside a split counts in it.
 */
export function splitsOf(stream: ActivityStream, unitMetres: number): Split[] {
  const { t, d } = stream;
  if (!d) return [];
  const points = t.flatMap((time, i) => (d[i] == null ? [] : [{ time, metres: d[i] as number }]));
  if (points.length < 2) return [];
  const splits: Split[] = [];
  let boundary = unitMetres;
  let lastTime = points[0]?.time ?? 0;
  let lastMetres = points[0]?.metres ?? 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { time: number; metres: number };
    const b = points[i] as { time: number; metres: number };
    while (b.metres >= boundary && b.metres > a.metres) {
      const at = a.time + ((boundary - a.metres) / (b.metres - a.metres)) * (b.time - a.time);
      splits.push({
        index: splits.length + 1,
        metres: boundary - lastMetres,
        seconds: at - lastTime,
      });
      lastTime = at;
      lastMetres = boundary;
      boundary += unitMetres;
    }
  }
  const end = points.at(-1) as { time: number; metres: number };
  if (end.metres - lastMetres >= 1) {
    splits.push({
      index: splits.length + 1,
      metres: end.metres - lastMetres,
      seconds: end.time - lastTime,
    });
  }
  return splits.map((s) => ({
    ...s,
    metres: Math.round(s.metres),
    seconds: Math.round(s.seconds),
  }));
}

/**
 * The route as points in a `size`×`size` box for an SVG trace (no map tiles): positions projected
 * equirectangularly around the route's middle latitude (true enough over a run's few kilometres),
 * north up, the longer side filling the box. Empty without two positions.
 */
export function routeOf(stream: ActivityStream, size = 300): [number, number][] {
  const { lat, lon } = stream;
  if (!lat || !lon) return [];
  const points = lat.flatMap((y, i) =>
    y === null || lon[i] == null ? [] : [[(lon[i] as number) / 1e5, y / 1e5] as const],
  );
  if (points.length < 2) return [];
  const lats = points.map((p) => p[1]);
  const middle = ((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180);
  const xs = points.map((p) => p[0] * Math.cos(middle));
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  return points.map((_, i) => [
    Math.round((((xs[i] as number) - minX) / span) * size * 10) / 10,
    Math.round(((maxY - (lats[i] as number)) / span) * size * 10) / 10,
  ]);
}

export type StreamSeries = {
  /** Seconds since the start. */
  t: number[];
  /** Metres, or null where not recorded; null when the file has none. */
  elevation: (number | null)[] | null;
  heartRate: (number | null)[] | null;
  /** Seconds per `unitMetres` between this sample and the one before; null at a stop. */
  pace: (number | null)[] | null;
};

/** Elevation, heart rate and pace over time, for the activity's page. */
export function seriesOf(stream: ActivityStream, unitMetres: number): StreamSeries {
  const { t, d, ele, hr } = stream;
  const pace = d
    ? t.map((time, i) => {
        const metres = (d[i] ?? 0) - (d[i - 1] ?? 0);
        const seconds = time - (t[i - 1] ?? 0);
        // Slower than 30:00 a km is a stop, not a pace.
        return i === 0 || d[i] == null || d[i - 1] == null || metres <= 0 || seconds / metres > 1.8
          ? null
          : Math.round((seconds / metres) * unitMetres);
      })
    : null;
  return {
    t,
    elevation: ele ? ele.map((v) => (v === null ? null : v / 10)) : null,
    heartRate: hr,
    pace,
  };
}
