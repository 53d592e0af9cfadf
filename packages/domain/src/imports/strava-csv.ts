import { UTCDate } from "@date-fns/utc";
import { format, isValid, parse } from "date-fns";
import { activityTypeFromName } from "./activity-types";
import { type CsvRow, extraCellsProblem, readAmount, readCsv } from "./csv";
import { distanceOrNull, movingWithin, roundMetres, roundSeconds } from "./numbers";
import { refuseFile, toSentence } from "./refusals";
import type { FileImport, ParsedActivity } from "./types";

/** Strava writes dates in the account's locale without a zone; these are the shapes seen. */
const DATE_PATTERNS = ["MMM d, yyyy, h:mm:ss a", "d MMM yyyy, HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

type Columns = Record<"date" | "name" | "type" | "description" | "moving" | "elevation", number> & {
  /** The second "Elapsed Time" and "Distance" (metres), or -1 when the file has only one. */
  elapsed: number;
  metres: number;
  /** The first of each: the same seconds, and kilometres (metres for swims). */
  firstElapsed: number;
  firstDistance: number;
};

/**
 * Strava's bulk-export `activities.csv`. Columns are found by header name and position because
 * "Elapsed Time" and "Distance" appear twice: the second of each is the precise one, and the
 * first stands in when the second is blank. Rows that do not parse are refused one by one with
 * their line; the others import. The private note is left out on purpose: the athlete kept it
 * from others on Strava, and Stride notes can be shared with a coach.
 */
export function parseStravaCsv(text: string, file: string): FileImport {
  const { header, rows } = readCsv(text, ",");
  const names = header.map((name) => name.toLowerCase());
  const first = (name: string) => names.indexOf(name.toLowerCase());
  const second = (name: string) => {
    const index = names.lastIndexOf(name.toLowerCase());
    return index === first(name) ? -1 : index;
  };
  const columns: Columns = {
    date: first("Activity Date"),
    name: first("Activity Name"),
    type: first("Activity Type"),
    description: first("Activity Description"),
    moving: first("Moving Time"),
    elevation: first("Elevation Gain"),
    elapsed: second("Elapsed Time"),
    metres: second("Distance"),
    firstElapsed: first("Elapsed Time"),
    firstDistance: first("Distance"),
  };
  if (columns.date < 0) {
    return refuseFile(file, `${file} is not a Strava export: it has no "Activity Date" column.`);
  }
  if (rows.length === 0) {
    return refuseFile(file, `${file} has no rows below its header, so there is nothing to import.`);
  }
  const result: FileImport = { file, activities: [], refused: [] };
  for (const row of rows) {
    const problems: string[] = [];
    const activity = toActivity(row, header, columns, problems);
    if (activity && problems.length === 0) result.activities.push(activity);
    else result.refused.push({ file, line: row.line, reason: toSentence(problems) });
  }
  return result;
}

function toActivity(
  row: CsvRow,
  header: readonly string[],
  columns: Columns,
  problems: string[],
): ParsedActivity | null {
  const cell = (index: number) => (index >= 0 ? (row.cells[index] ?? "").trim() : "");
  if (row.problem) problems.push(row.problem);
  const extra = extraCellsProblem(row, header);
  if (extra) problems.push(extra);
  const sport = cell(columns.type);
  const localStart = readDate(cell(columns.date), problems);
  const seconds = (what: string) => (quoted: string) =>
    `the ${what} ${quoted} is not a number of seconds`;
  const elapsed = readAmount(
    cell(columns.elapsed) || cell(columns.firstElapsed),
    seconds("elapsed time"),
    problems,
  );
  const moving = readAmount(cell(columns.moving), seconds("moving time"), problems);
  const climb = readAmount(
    cell(columns.elevation),
    (quoted) => `the elevation gain ${quoted} is not a number of metres`,
    problems,
  );
  const notDistance = (quoted: string) => `the distance ${quoted} is not a number`;
  const metres =
    cell(columns.metres) !== ""
      ? readAmount(cell(columns.metres), notDistance, problems)
      : // The first Distance is in kilometres, except for swims, which Strava gives in metres.
        scale(
          readAmount(cell(columns.firstDistance), notDistance, problems),
          /swim/i.test(sport) ? 1 : 1000,
        );
  if (localStart === null) return null;
  const distanceMetres = distanceOrNull(metres);
  // Strava's bulk export writes "Activity Date" in UTC (its web pages show local time), so this is
  // an instant: the same run imported from its GPX or FIT file is then recognised as a duplicate.
  return {
    startedAt: `${localStart}.000Z`,
    localStart: null,
    type: activityTypeFromName(sport),
    name: cell(columns.name) || null,
    distanceMetres,
    durationSeconds: movingWithin(roundOrNull(moving ?? elapsed), roundOrNull(elapsed ?? moving)),
    elapsedSeconds: roundOrNull(elapsed ?? moving),
    // Strava writes 0 m of climbing for sessions without a distance (strength, a pool swim).
    elevationGainMetres: distanceMetres === null || climb === null ? null : roundMetres(climb),
    notes: cell(columns.description) || null,
    source: "strava_csv",
  };
}

function readDate(text: string, problems: string[]): string | null {
  for (const pattern of DATE_PATTERNS) {
    // Parsed as UTC so the wall-clock time is kept exactly, whatever zone this code runs in.
    const date = parse(text, pattern, new UTCDate());
    if (isValid(date)) return format(date, "yyyy-MM-dd'T'HH:mm:ss");
  }
  problems.push(
    text === ""
      ? "the activity date is missing"
      : `the activity date "${text}" is not a date like "Oct 5, 2026, 6:42:10 AM"`,
  );
  return null;
}

function scale(value: number | null, factor: number): number | null {
  return value === null ? null : value * factor;
}

function roundOrNull(seconds: number | null): number | null {
  return seconds === null ? null : roundSeconds(seconds);
}
