import Papa from "papaparse";
import type { ImportSource } from "./types";

export type Detected = { source: ImportSource } | { source: null; looksLike: string };

/** How a person would name each format, for messages. */
export const SOURCE_NAMES: Record<ImportSource, string> = {
  gpx: "a GPX file",
  tcx: "a TCX file",
  fit: "a FIT file",
  strava_csv: "a Strava export (activities.csv)",
  stride_csv: "a Stride CSV",
};

/** The formats each file extension promises. */
export const SOURCES_BY_EXTENSION: Record<string, readonly ImportSource[]> = {
  gpx: ["gpx"],
  tcx: ["tcx"],
  fit: ["fit"],
  csv: ["strava_csv", "stride_csv"],
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** A FIT file says ".FIT" in bytes 8–11 of its header, whatever its name. */
export function hasFitHeader(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 12 &&
    bytes[8] === 0x2e &&
    bytes[9] === 0x46 &&
    bytes[10] === 0x49 &&
    bytes[11] === 0x54
  );
}

const BINARY_SIGNATURES: readonly [readonly number[], string][] = [
  [[0x1f, 0x8b], "a compressed (gzip) file; unpack it and import the file inside"],
  [[0x50, 0x4b, 0x03, 0x04], "a zip archive; unpack it and import the files inside"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
];

/** What a file that is not text seems to be, or null when it looks like text. */
export function describeBinary(bytes: Uint8Array): string | null {
  for (const [signature, description] of BINARY_SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) return description;
  }
  // UTF-16 text has zero bytes too, but starts with a byte-order mark.
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 1024).includes(0) ? "binary data" : null;
}

/** The format of a text file from its content: the XML root element or the CSV header. */
export function detectText(text: string): Detected {
  const start = text.search(/\S/);
  if (start < 0) return { source: null, looksLike: "nothing but blank space" };
  if (text[start] === "<") {
    const root = xmlRootName(text, start);
    if (root === "gpx") return { source: "gpx" };
    if (root === "TrainingCenterDatabase") return { source: "tcx" };
    return {
      source: null,
      looksLike: root ? `an XML document whose root element is <${root}>` : "broken XML",
    };
  }
  const header = csvHeader(text);
  if (header.includes("activity date") && header.includes("activity type")) {
    return { source: "strava_csv" };
  }
  if (header.includes("date") && header.includes("type")) return { source: "stride_csv" };
  const firstLine = text.slice(start).split("\n", 1)[0]?.trim() ?? "";
  const shown = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine;
  return { source: null, looksLike: `text whose first line is "${shown}"` };
}

/** The first line's cells, trimmed and lower-cased. */
export function csvHeader(text: string): string[] {
  const firstLine = text.replace(/^\s+/, "").split(/\r?\n/, 1)[0] ?? "";
  const parsed = Papa.parse<string[]>(firstLine, { delimitersToGuess: [",", ";", "\t"] });
  return (parsed.data[0] ?? []).map((cell) => cell.trim().toLowerCase());
}

/**
 * The local name of the root element, found by stepping over the XML declaration, comments and a
 * DOCTYPE. Only a sniff to pick the parser; the parser itself checks the document properly.
 */
function xmlRootName(text: string, from: number): string | null {
  let at = from;
  const limit = Math.min(text.length, 64 * 1024);
  while (at < limit) {
    if (text.startsWith("<?", at)) at = after(text, "?>", at);
    else if (text.startsWith("<!--", at)) at = after(text, "-->", at);
    else if (text.startsWith("<!", at)) {
      const subset = text.indexOf("[", at);
      const close = text.indexOf(">", at);
      at = subset >= 0 && subset < close ? after(text, "]>", at) : after(text, ">", at);
    } else {
      const match = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(at, at + 256));
      return match?.[1] ?? null;
    }
    if (at < 0) return null;
    const next = text.slice(at, limit).search(/\S/);
    if (next < 0) return null;
    at += next;
  }
  return null;
}

function after(text: string, token: string, from: number): number {
  const found = text.indexOf(token, from);
  return found < 0 ? -1 : found + token.length;
}
