/**
 * IANA time zones as the runtime knows them. `Intl.supportedValuesOf` lists canonical zones only,
 * so an alias such as "UTC" or "Asia/Calcutta" is accepted when the runtime can format dates in it.
 */
let cached: readonly string[] | undefined;

export function listTimeZones(): readonly string[] {
  if (!cached) {
    const zones = new Set(Intl.supportedValuesOf("timeZone"));
    zones.add("UTC");
    cached = [...zones].sort();
  }
  return cached;
}

export function isValidTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  if (listTimeZones().includes(zone)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
