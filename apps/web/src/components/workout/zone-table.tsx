import { formatDuration } from "@stride/domain/units";

type Zones = {
  unit: "km" | "mi";
  zones: { zone: string; label: string; slowest: number; fastest: number }[];
};

/** Daniels' five zones as paces per km or mile, for the athlete's settings and their coach. */
export function ZoneTable({ zones, caption }: { zones: Zones; caption: string }) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-zinc-600 dark:text-zinc-400">
        <tr>
          <th className="py-1 font-medium">Zone</th>
          <th className="py-1 font-medium">Pace per {zones.unit}</th>
        </tr>
      </thead>
      <tbody>
        {zones.zones.map((zone) => (
          <tr key={zone.zone} className="border-t border-zinc-200 dark:border-zinc-800">
            <td className="py-1">{zone.label}</td>
            <td className="py-1">
              {formatDuration(zone.slowest)}–{formatDuration(zone.fastest)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
