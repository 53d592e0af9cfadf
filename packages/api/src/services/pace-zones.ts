import { PACE_ZONE_LABELS, paceZones, vdotFromRace } from "@stride/domain/training";
import { METRES_PER_MILE } from "@stride/domain/units";

type PaceSource = { distanceMetres: number; seconds: number; raceDate: string };

/**
 * Pace zones as screens show them: the race they come from, its VDOT, and Daniels' five zones in
 * seconds per km or per mile, slowest first. The athlete's settings and their coach's view share it.
 */
export function paceZonesView(source: PaceSource | undefined, unit: "km" | "mi") {
  if (!source) return null;
  const vdot = vdotFromRace(source.distanceMetres, source.seconds);
  const perUnit = unit === "mi" ? METRES_PER_MILE / 1000 : 1;
  return {
    source,
    vdot: Math.round(vdot * 10) / 10,
    unit,
    zones: paceZones(vdot).map((zone) => ({
      zone: zone.zone,
      label: PACE_ZONE_LABELS[zone.zone],
      slowest: Math.round(zone.slowest * perUnit),
      fastest: Math.round(zone.fastest * perUnit),
    })),
  };
}
