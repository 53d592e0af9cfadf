import { formatCalendarDate } from "@stride/domain/periods";
import { formatDuration } from "@stride/domain/units";
import { Card } from "~/components/ui";

type Training = {
  load: { acute: number; chronic: number; ratio: number | null } | null;
  zones: {
    vdot: number;
    unit: "km" | "mi";
    source: { raceDate: string };
    zones: { zone: string; label: string; slowest: number; fastest: number }[];
  } | null;
};

/** The athlete's training load today and their pace zones, as their coach sees them. */
export function AthleteTraining({ name, training }: { name: string; training: Training }) {
  const { load, zones } = training;
  return (
    <Card aria-labelledby="training-heading">
      <h2 id="training-heading" className="mb-3 text-lg font-semibold">
        Load and zones
      </h2>
      <p className="text-sm" data-testid="coach-load-summary">
        {load && load.chronic > 0
          ? `Acute (7 days) ${load.acute} · chronic (28 days) ${load.chronic} a day · ratio ${load.ratio ?? "—"}`
          : `${name} has no load logged in the last 28 days.`}
      </p>
      {zones ? (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="text-left text-xs text-zinc-600 dark:text-zinc-400">
            Pace zones (VDOT {zones.vdot}, from a race on{" "}
            {formatCalendarDate(zones.source.raceDate, "d MMM yyyy")}), per {zones.unit}
          </caption>
          <tbody>
            {zones.zones.map((zone) => (
              <tr key={zone.zone} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 font-medium">
                  {zone.label}
                </th>
                <td className="py-1">
                  {formatDuration(zone.slowest)}–{formatDuration(zone.fastest)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {name} has not set pace zones from a race yet.
        </p>
      )}
    </Card>
  );
}
