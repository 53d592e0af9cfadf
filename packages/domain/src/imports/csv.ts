import Papa from "papaparse";
import { parseDecimal } from "./numbers";

export type CsvRow = {
  /** The line the row starts on, counting the header as line 1, as a spreadsheet shows it. */
  line: number;
  cells: string[];
  /** Set when the row itself is broken (a quote never closed). */
  problem: string | null;
};

export type CsvTable = { header: string[]; rows: CsvRow[] };

/**
 * Reads CSV text into a header and rows, each row with the line it starts on, so a refusal can
 * point at it even when earlier cells hold line breaks inside quotes. Blank lines are skipped.
 * `delimiter` is guessed among comma, semicolon and tab when not given.
 */
export function readCsv(text: string, delimiter?: string): CsvTable {
  const normalized = text.replace(/\r\n?/g, "\n");
  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(normalized, {
    delimiter: delimiter ?? "",
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: false,
    step: (result) => {
      const rowLine = line;
      const end = result.meta.cursor;
      line += countLineBreaks(normalized, rowStart, end);
      rowStart = end;
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === "")) return;
      if (header === null) {
        header = cells.map((cell) => cell.trim());
        return;
      }
      const broken = result.errors.find((error) => error.type === "Quotes");
      rows.push({ line: rowLine, cells, problem: broken ? QUOTE_PROBLEM : null });
    },
  });
  return { header: header ?? [], rows };
}

const QUOTE_PROBLEM = "a quote in this row is never closed, so the rest of the file ran into it";

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at >= 0 && at < to; at = text.indexOf("\n", at + 1)) {
    count += 1;
  }
  return count;
}

/** Cells beyond the header mean a comma inside a value that was not quoted. */
export function extraCellsProblem(row: CsvRow, header: readonly string[]): string | null {
  const extra = row.cells.length - header.length;
  if (extra <= 0 || row.cells.slice(header.length).every((cell) => cell.trim() === "")) return null;
  return `the row has ${row.cells.length} values where the header has ${header.length} (a comma inside a value that is not in quotes?)`;
}

/**
 * A cell holding an amount: blank is null; anything but a number ≥ 0 is also null and adds a
 * problem, worded by `describe` from the cell as quoted text.
 */
export function readAmount(
  text: string,
  describe: (quoted: string) => string,
  problems: string[],
): number | null {
  if (text === "") return null;
  const value = parseDecimal(text);
  if (value !== null && value >= 0) return value;
  problems.push(describe(`"${text}"`));
  return null;
}
