import { MAX_IMPORT_FILE_BYTES } from "../activities/schemas";
import {
  describeBinary,
  detectText,
  extensionOf,
  hasFitHeader,
  SOURCE_NAMES,
  SOURCES_BY_EXTENSION,
} from "./detect";
import { parseFit } from "./fit";
import { parseGpx } from "./gpx";
import { refuseFile } from "./refusals";
import { parseStravaCsv } from "./strava-csv";
import { parseStrideCsv } from "./stride-csv";
import { parseTcx } from "./tcx";
import { decodeText } from "./text";
import type { FileImport } from "./types";

export { MAX_IMPORT_FILE_BYTES };

const MEGABYTE = 1024 * 1024;

const EXTENSION_NAMES: Record<string, string> = {
  gpx: "a GPX file",
  tcx: "a TCX file",
  fit: "a FIT file",
  csv: "a Strava export or a Stride CSV",
};

/**
 * Reads one activity file of any supported kind. The format comes from the content (the FIT
 * header, the XML root element, the CSV header); a known extension must agree with it. Bad input
 * of any kind becomes a refusal with a reason a person understands; this never throws.
 */
export function parseActivityFile(fileName: string, bytes: Uint8Array): FileImport {
  try {
    const result = parseChecked(fileName, bytes);
    if (result.activities.length > 0 || result.refused.length > 0) return result;
    return refuseFile(fileName, `${fileName} holds no activities.`);
  } catch {
    // Every expected problem is refused above; this catches a parser library's surprise.
    return refuseFile(
      fileName,
      `${fileName} could not be read: it is damaged or in a form Stride does not know.`,
    );
  }
}

function parseChecked(file: string, bytes: Uint8Array): FileImport {
  if (bytes.length === 0)
    return refuseFile(file, `${file} is empty: there is nothing in it to import.`);
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    const size = Math.ceil((bytes.length / MEGABYTE) * 10) / 10;
    const limit = MAX_IMPORT_FILE_BYTES / MEGABYTE;
    return refuseFile(
      file,
      `${file} is too big to import: ${size} MB, where the limit is ${limit} MB.`,
    );
  }
  const extension = extensionOf(file);
  const promised = SOURCES_BY_EXTENSION[extension];
  const expected = promised ? `${file} is not ${EXTENSION_NAMES[extension]}` : null;
  const unknown = `${file} is not a file Stride can import (GPX, TCX, FIT, or a Strava or Stride CSV)`;

  if (hasFitHeader(bytes)) {
    if (promised && !promised.includes("fit"))
      return refuseFile(file, `${expected}: it is a FIT file.`);
    return parseFit(bytes, file);
  }
  const binary = describeBinary(bytes);
  if (binary) return refuseFile(file, `${expected ?? unknown}: it looks like ${binary}.`);

  const text = decodeText(bytes);
  const detected = detectText(text);
  if (detected.source === null) {
    return refuseFile(file, `${expected ?? unknown}: it looks like ${detected.looksLike}.`);
  }
  if (promised && !promised.includes(detected.source)) {
    return refuseFile(file, `${expected}: it looks like ${SOURCE_NAMES[detected.source]}.`);
  }
  switch (detected.source) {
    case "gpx":
      return parseGpx(text, file);
    case "tcx":
      return parseTcx(text, file);
    case "strava_csv":
      return parseStravaCsv(text, file);
    case "stride_csv":
      return parseStrideCsv(text, file);
    case "fit":
      return parseFit(bytes, file);
  }
}
