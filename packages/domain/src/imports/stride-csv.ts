import Papa from "papaparse";
import { ACTIVITY_TYPES, type ActivityType } from "../goals/constants";
import { isCalendarDate } from "../periods/schemas";
import { formatDuration, METRES_PER_KM, parseDuration } from "../units";
import { extraCellsProblem, readAmount, readCsv } from "./csv";
import { distanceOrNull, parseDecimal, roundMetres } from "./numbers";
import { refuseFile, toSentence } from "./refusals";
import type { FileImport, ParsedActivity } from "./types";

/** Stride's own CSV layout, one activity a row; a template and an export use the same header. */
export const STRIDE_CSV_HEADER = [
  "date",
  "start_time",
  "type",
  "distance_km",
  "duration",
  "elevation_gain_m",
  "effort",
  "notes",
] as const;

type Column = (typeof STRIDE_CSV_HEADER)[number];

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * A Stride CSV: columns by header name in any order, blank cells for what is unknown. Each bad
 * row is refused with its line and every problem in it; the good rows import.
 */
export function parseStrideCsv(text: string, file: string): FileImport {
  const { header, rows } = readCsv(text);
  const names = header.map((name) => name.toLowerCase());
  const missing = STRIDE_CSV_HEADER.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return refuseFile(
      file,
      `${file} is not a complete Stride CSV: it has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""}; its first line should be ${STRIDE_CSV_HEADER.join(",")}.`,
    );
  }
  if (rows.length === 0) {
    return refuseFile(file, `${file} has no rows below its header, so there is nothing to import.`);
  }
  const result: FileImport = { file, activities: [], refused: [] };
  for (const row of rows) {
    const problems: string[] = [];
    const cell = (column: Column) => (row.cells[names.indexOf(column)] ?? "").trim();
    if (row.problem) problems.push(row.problem);
    const activity = toActivity(cell, problems);
    const extra = extraCellsProblem(row, header);
    if (extra) problems.push(extra);
    if (activity && problems.length === 0) result.activities.push(activity);
    else result.refused.push({ file, line: row.line, reason: toSentence(problems) });
  }
  return result;
}

/** The row as an activity, or null when `problems` (which may already hold some) is not empty. */
function toActivity(cell: (column: Column) => string, problems: string[]): ParsedActivity | null {
  const date = cell("date");
  if (!isCalendarDate(date)) {
    problems.push(
      date ? `the date "${date}" is not a date like 2026-10-05` : "the date is missing",
    );
  }
  const time = readTime(cell("start_time"), problems);
  const type = readType(cell("type"), problems);
  const km = readAmount(
    cell("distance_km"),
    (quoted) => `the distance ${quoted} is not a number of kilometres like 8.05`,
    problems,
  );
  const duration = readDuration(cell("duration"), problems);
  const climb = readAmount(
    cell("elevation_gain_m"),
    (quoted) => `the elevation gain ${quoted} is not a number of metres`,
    problems,
  );
  const effort = readEffort(cell("effort"), problems);
  if (problems.length > 0 || type === null) return null;
  return {
    startedAt: null,
    localStart: time === null ? date : `${date}T${time}`,
    type,
    name: null,
    distanceMetres: km === null ? null : distanceOrNull(km * METRES_PER_KM),
    durationSeconds: duration,
    elapsedSeconds: null,
    elevationGainMetres: climb === null ? null : roundMetres(climb),
    notes: cell("notes") || null,
    effort,
    source: "stride_csv",
  };
}

/** "6:42" or "06:42:10" as "06:42:00" / "06:42:10"; blank is null (the day is known, not the time). */
function readTime(text: string, problems: string[]): string | null {
  if (text === "") return null;
  const match = TIME.exec(text);
  if (!match) {
    problems.push(`the start time "${text}" is not a time like 06:42`);
    return null;
  }
  const [, hours = "0", minutes = "00", seconds = "00"] = match;
  return `${hours.padStart(2, "0")}:${minutes}:${seconds}`;
}

function readType(text: string, problems: string[]): ActivityType | null {
  const key = text.toLowerCase().replace(/[\s-]+/g, "_");
  const type = ACTIVITY_TYPES.find((candidate) => candidate === key);
  if (type) return type;
  problems.push(
    text ? `the type "${text}" is not one of ${ACTIVITY_TYPES.join(", ")}` : "the type is missing",
  );
  return null;
}

/** "1:05:30" or "45:10"; a bare number is refused because minutes and seconds both fit it. */
function readDuration(text: string, problems: string[]): number | null {
  if (text === "") return null;
  const seconds = text.includes(":") ? parseDuration(text) : undefined;
  if (seconds !== undefined) return seconds;
  problems.push(`the duration "${text}" is not a duration like 1:05:30 or 45:10`);
  return null;
}

function readEffort(text: string, problems: string[]): number | null {
  if (text === "") return null;
  const effort = parseDecimal(text);
  if (effort !== null && Number.isInteger(effort) && effort >= 1 && effort <= 10) return effort;
  problems.push(`the effort "${text}" is not a whole number from 1 to 10`);
  return null;
}

export type StrideCsvRow = {
  date: string;
  startTime: string | null;
  type: ActivityType;
  distanceMetres: number | null;
  durationSeconds: number | null;
  elevationGainMetres: number | null;
  effort: number | null;
  notes: string | null;
};

/**
 * Activities as a Stride CSV, the layout `parseStrideCsv` reads, so an export imports again.
 * Papa Parse quotes what needs quoting; a cell that a spreadsheet would run as a formula
 * (starting with =, +, - or @) gets a leading apostrophe.
 */
export function formatStrideCsv(rows: readonly StrideCsvRow[]): string {
  const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  const data = rows.map((row) => [
    row.date,
    row.startTime?.slice(0, 5) ?? "",
    row.type,
    row.distanceMetres === null
      ? ""
      : String(Math.round((row.distanceMetres / METRES_PER_KM) * 1000) / 1000),
    row.durationSeconds === null ? "" : formatDuration(row.durationSeconds),
    row.elevationGainMetres === null ? "" : String(Math.round(row.elevationGainMetres)),
    row.effort === null ? "" : String(row.effort),
    safe(row.notes ?? ""),
  ]);
  return `${Papa.unparse({ fields: [...STRIDE_CSV_HEADER], data }, { newline: "\n" })}\n`;
}
