/**
 * Expected figures computed from the raw fixture text without the code under test: points found
 * with regular expressions and distances by the haversine formula on the mean Earth radius
 * (geolib, which the parsers use, takes the law of cosines on the equatorial radius).
 */

const MEAN_EARTH_RADIUS_METRES = 6_371_008.8;

export function haversineMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * MEAN_EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a));
}

export type RawPoint = { lat: number | null; lon: number | null; time: number | null };

/** The `<trkpt>`s of each `<trkseg>` of a GPX text. */
export function gpxSegments(text: string): RawPoint[][] {
  return [...text.matchAll(/<trkseg>([\s\S]*?)<\/trkseg>/g)].map(([, body = ""]) =>
    [...body.matchAll(/<trkpt([^>]*)>([\s\S]*?)<\/trkpt>/g)].map(
      ([, attributes = "", inner = ""]) => {
        const lat = /lat="([^"]+)"/.exec(attributes)?.[1];
        const lon = /lon="([^"]+)"/.exec(attributes)?.[1];
        const time = /<time>([^<]+)<\/time>/.exec(inner)?.[1];
        return {
          lat: lat === undefined ? null : Number(lat),
          lon: lon === undefined ? null : Number(lon),
          time: time === undefined ? null : Date.parse(time),
        };
      },
    ),
  );
}

/** Sum of haversine steps between consecutive placed points of one segment. */
export function pathMetres(points: readonly RawPoint[]): number {
  let total = 0;
  let last: RawPoint | null = null;
  for (const point of points) {
    if (point.lat === null || point.lon === null) continue;
    if (last?.lat != null && last.lon != null) {
      total += haversineMetres(last.lat, last.lon, point.lat, point.lon);
    }
    last = point;
  }
  return total;
}

/** Every `<tag>number</tag>` in the text, in order. */
export function numbersIn(text: string, tag: string): number[] {
  return [...text.matchAll(new RegExp(`<${tag}>([-+\\d.eE]+)</${tag}>`, "g"))].map(([, value]) =>
    Number(value),
  );
}

/** Sum of the rises between consecutive values: an upper bound for any climb figure. */
export function sumOfRises(values: readonly number[]): number {
  let total = 0;
  for (let i = 1; i < values.length; i += 1) {
    total += Math.max(0, (values[i] ?? 0) - (values[i - 1] ?? 0));
  }
  return total;
}

/** Expect `actual` within ±0.5% or ±5 m of `expected`, whichever is looser. */
export function distanceTolerance(expected: number): number {
  return Math.max(5, expected * 0.005);
}
