import { MAX_IMPORT_FILE_BYTES } from "@stride/domain/activities";

const KB = 1024;
const MB = 1024 * KB;

/**
 * What one request to /api/trpc may carry. Checked before the body is read, so a large or deep
 * request costs the server nothing but its refusal.
 */
export const HTTP_LIMITS = {
  /** Procedures in one batched request; the browser's batch link splits larger batches. */
  maxBatch: 10,
  /** A signed-out person calls only sign-up and the demo list: small forms. */
  anonymousBodyBytes: 16 * KB,
  /** Every form of the app, with room to spare (the largest, a check-in, is a few kilobytes). */
  bodyBytes: 1 * MB,
  /**
   * An import sends the activities parsed from files in the browser, never the files: at most
   * 1,000 activities whose text fields are bounded. The documented file limit (20 MB) is more than
   * the largest valid import in its worst JSON encoding (see limits.test.ts), plus an envelope.
   */
  importBodyBytes: MAX_IMPORT_FILE_BYTES + 1 * MB,
} as const;

/** Procedures that may carry the import allowance (only for a signed-in person). */
export const IMPORT_PROCEDURES: ReadonlySet<string> = new Set([
  "activities.import",
  "activities.previewImport",
]);

export function bodyLimitFor(paths: readonly string[], signedIn: boolean): number {
  if (!signedIn) return HTTP_LIMITS.anonymousBodyBytes;
  return paths.some((path) => IMPORT_PROCEDURES.has(path))
    ? HTTP_LIMITS.importBodyBytes
    : HTTP_LIMITS.bodyBytes;
}

export function describeBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}
