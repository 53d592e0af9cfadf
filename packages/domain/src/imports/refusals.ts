import type { FileImport } from "./types";

/** A file of which nothing could be imported, and why. */
export function refuseFile(file: string, reason: string): FileImport {
  return { file, activities: [], refused: [{ file, reason }] };
}

/** Problems found in one row, as one sentence: "The date … is not …; the distance … is not …." */
export function toSentence(problems: readonly string[]): string {
  const text = problems.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
