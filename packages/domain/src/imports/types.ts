import type { ActivityType } from "../goals/constants";
import type { ActivityStream } from "./stream";

export const IMPORT_SOURCES = ["gpx", "tcx", "fit", "strava_csv", "stride_csv"] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** One activity read from a file, before it is matched to an athlete and saved. */
export type ParsedActivity = {
  /** The instant it started, ISO 8601 UTC to the whole second, when the file says (GPX/TCX/FIT). */
  startedAt: string | null;
  /**
   * Local wall-clock start "YYYY-MM-DDTHH:mm:ss" when the file gives no zone (Strava CSV, Stride
   * CSV), or just "YYYY-MM-DD" when a Stride CSV row gives a day but no time.
   */
  localStart: string | null;
  type: ActivityType;
  name: string | null;
  distanceMetres: number | null;
  /** Moving / timer time in seconds (excludes pauses). */
  durationSeconds: number | null;
  /** Wall-clock time from start to finish, seconds. */
  elapsedSeconds: number | null;
  elevationGainMetres: number | null;
  notes: string | null;
  /** What the recording keeps for the activity's page (GPX, TCX, FIT), compact (stream.ts). */
  stream?: ActivityStream | null;
  /** How hard it felt, 1–10, when the file says (only Stride's own CSV does). */
  effort?: number | null;
  source: ImportSource;
};

/** Something in a file that was not imported, and why, in words a person understands. */
export type Refusal = { file: string; line?: number; reason: string };

export type FileImport = { file: string; activities: ParsedActivity[]; refused: Refusal[] };
