/**
 * How long `parseActivityFile` takes on a big GPX, and how much memory it needs. Generates a
 * ~10 MB GPX in memory (a point a second with elevation, time and heart rate, as a watch writes
 * it), parses it and prints one JSON line. Run: pnpm --filter @stride/domain bench:import
 * Targets: under 2 s and under 300 MB peak RSS.
 */
import { parseActivityFile } from "../src/imports/index";

const TARGET_BYTES = 10 * 1024 * 1024;

function generateGpx(targetBytes: number): { text: string; points: number } {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1"',
    ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n',
    " <trk>\n  <name>Benchmark run</name>\n  <type>running</type>\n  <trkseg>\n",
  ];
  let size = parts.join("").length;
  let points = 0;
  const start = Date.UTC(2026, 9, 5, 6, 42, 10);
  let lat = 51.5;
  let lon = -0.12;
  while (size < targetBytes) {
    // About 3 m a second on a gently winding course, with a rolling elevation profile.
    const heading = points / 600;
    lat += 0.000027 * Math.cos(heading);
    lon += 0.000043 * Math.sin(heading);
    const ele = 40 + 15 * Math.sin(points / 900) + ((points * 7919) % 10) / 10;
    const time = new Date(start + points * 1000).toISOString().replace(".000Z", "Z");
    const hr = 140 + ((points * 31) % 20);
    const point =
      `   <trkpt lat="${lat.toFixed(7)}" lon="${lon.toFixed(7)}">\n` +
      `    <ele>${ele.toFixed(1)}</ele>\n    <time>${time}</time>\n` +
      "    <extensions><gpxtpx:TrackPointExtension>" +
      `<gpxtpx:hr>${hr}</gpxtpx:hr><gpxtpx:cad>88</gpxtpx:cad>` +
      "</gpxtpx:TrackPointExtension></extensions>\n   </trkpt>\n";
    parts.push(point);
    size += point.length;
    points += 1;
  }
  parts.push("  </trkseg>\n </trk>\n</gpx>\n");
  return { text: parts.join(""), points };
}

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

// Only the bytes are kept, so the generator's strings can be collected before measuring.
const { bytes, points } = (() => {
  const { text, points } = generateGpx(TARGET_BYTES);
  return { bytes: new TextEncoder().encode(text), points };
})();
collect();
const rssBeforeMb = megabytes(process.memoryUsage().rss);
// maxRSS is the operating system's high-water mark for the process, in kilobytes, so it sees the
// peak inside the synchronous parse that a sampling timer could not.
const peakBeforeMb = megabytes(process.resourceUsage().maxRSS * 1024);

const started = performance.now();
const result = parseActivityFile("bench.gpx", bytes);
const milliseconds = Math.round(performance.now() - started);

const peakRssMb = megabytes(process.resourceUsage().maxRSS * 1024);
const activity = result.activities[0];
console.log(
  JSON.stringify({
    bytes: bytes.length,
    points,
    milliseconds,
    peakRssMb,
    rssBeforeParseMb: rssBeforeMb,
    peakRssBeforeParseMb: peakBeforeMb,
    distanceKm: activity?.distanceMetres ? Math.round(activity.distanceMetres / 100) / 10 : null,
    refused: result.refused.length,
  }),
);
