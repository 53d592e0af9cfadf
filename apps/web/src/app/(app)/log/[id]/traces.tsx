import { formatDuration } from "@stride/domain/units";

/** A series over time as an SVG line (no chart library: a few hundred points, drawn once). */
export function Trace({
  label,
  t,
  values,
  format,
  invert = false,
}: {
  label: string;
  t: number[];
  values: (number | null)[];
  format: (value: number) => string;
  /** Draw larger values lower (pace: faster is higher). */
  invert?: boolean;
}) {
  const known = values.flatMap((v, i) => (v === null ? [] : [[t[i] ?? 0, v] as const]));
  if (known.length < 2) return null;
  const sorted = known.map(([, v]) => v).sort((a, b) => a - b);
  // The 2nd to 98th percentile, so one GPS jump does not flatten the rest.
  const low = sorted[Math.floor(sorted.length * 0.02)] ?? 0;
  const high = sorted[Math.ceil(sorted.length * 0.98) - 1] ?? 1;
  const span = high - low || 1;
  const end = t.at(-1) || 1;
  const points = known
    .map(([time, value]) => {
      const clamped = Math.min(high, Math.max(low, value));
      const y = invert ? ((clamped - low) / span) * 80 : 80 - ((clamped - low) / span) * 80;
      return `${((time / end) * 400).toFixed(1)},${(y + 10).toFixed(1)}`;
    })
    .join(" ");
  return (
    <figure>
      <figcaption className="text-sm font-medium">
        {label}{" "}
        <span className="font-normal text-zinc-600 dark:text-zinc-400">
          ({format(invert ? high : low)} to {format(invert ? low : high)} over {formatDuration(end)}
          )
        </span>
      </figcaption>
      <svg
        viewBox="0 0 400 100"
        role="img"
        aria-label={`${label} over time`}
        className="h-24 w-full text-brand-600"
        preserveAspectRatio="none"
      >
        <polyline
          points={points}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </figure>
  );
}

/** The route as an SVG trace in a square, north up: no map tiles. */
export function RouteTrace({ route }: { route: [number, number][] }) {
  if (route.length < 2) return null;
  const [first] = route;
  const last = route.at(-1);
  return (
    <svg
      viewBox="-10 -10 320 320"
      role="img"
      aria-label="Route"
      className="mx-auto h-72 w-72 max-w-full text-brand-600"
    >
      <polyline
        points={route.map(([x, y]) => `${x},${y}`).join(" ")}
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinejoin="round"
      />
      {first ? <circle cx={first[0]} cy={first[1]} r="6" fill="#16a34a" /> : null}
      {last ? <circle cx={last[0]} cy={last[1]} r="6" fill="#dc2626" /> : null}
    </svg>
  );
}
