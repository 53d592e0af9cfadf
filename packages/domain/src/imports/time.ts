/** ISO 8601 date-time as GPX and TCX write it; the zone is optional because both formats say UTC. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Milliseconds since the epoch, or null when the text is not an ISO date-time. Checked against a
 * pattern first because `Date.parse` also accepts loose text ("Aug 17 2011") in some engines and
 * reads a zone-less time in the machine's zone; GPX and TCX times without a zone are UTC.
 */
export function parseInstant(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  const match = ISO_DATE_TIME.exec(trimmed);
  if (!match) return null;
  const ms = Date.parse(match[3] ? trimmed : `${trimmed}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The instant as ISO 8601 UTC, cut to the whole second: devices disagree on milliseconds, and
 * duplicate detection compares starts from different files of the same activity.
 */
export function toInstantString(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}
