import { formatCalendarDate } from "@stride/domain/periods";
import { Section } from "~/components/ui";
import { ZoneTable } from "~/components/workout/zone-table";

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
    <Section headingId="training-heading" gap="mb-3" title="Load and zones">
      <p className="text-sm" data-testid="coach-load-summary">
        {load && load.chronic > 0
          ? `Acute (7 days) ${load.acute} · chronic (28 days) ${load.chronic} a day · ratio ${load.ratio ?? "—"}`
          : `${name} has no load logged in the last 28 days.`}
      </p>
      {zones ? (
        <>
          <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">
            Pace zones: VDOT {zones.vdot}, from a race on{" "}
            {formatCalendarDate(zones.source.raceDate, "d MMM yyyy")}.
          </p>
          <ZoneTable zones={zones} caption={`${name}'s pace zones`} />
        </>
      ) : (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {name} has not set pace zones from a race yet.
        </p>
      )}
    </Section>
  );
}
