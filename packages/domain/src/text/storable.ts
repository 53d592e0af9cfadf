import { MAX_IMPORT_FILE_BYTES } from "../activities/schemas";

/**
 * Text that cannot be stored: a NUL character (Postgres text refuses U+0000) or a lone UTF-16
 * surrogate (not Unicode at all; JSON columns refuse it). Finds the first such string anywhere in
 * a request's input and says where it is, as a field path ("notes", "weeks.2.title").
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** More values than any form sends; a request past it is refused as too large. */
export const MAX_INPUT_VALUES = 100_000;

/**
 * More text (UTF-16 units in all strings together) than the largest request the HTTP gate lets
 * through, an import (its file limit plus an envelope): each unit takes at least a byte of JSON.
 * Past it the request is refused as too large before its text is searched.
 */
export const MAX_INPUT_TEXT_UNITS = MAX_IMPORT_FILE_BYTES + 1024 * 1024;

export type TextProblem = { field: string; problem: "unstorable" | "too_large" };

export function findUnstorableText(value: unknown): TextProblem | null {
  // The objects on the way down to the current value: one met again is a cycle.
  const ancestors = new Set<object>();
  let visited = 0;
  let textUnits = 0;
  const walk = (item: unknown, path: string[]): TextProblem | null => {
    visited += 1;
    if (visited > MAX_INPUT_VALUES)
      return { field: path.join(".") || "input", problem: "too_large" };
    if (typeof item === "string") {
      textUnits += item.length;
      if (textUnits > MAX_INPUT_TEXT_UNITS)
        return { field: path.join(".") || "input", problem: "too_large" };
      return item.includes("\u0000") || LONE_SURROGATE.test(item)
        ? { field: path.join(".") || "input", problem: "unstorable" }
        : null;
    }
    if (typeof item !== "object" || item === null || item instanceof Date) return null;
    // superjson can send one value for several places. Parsing reads it at each of them, so it
    // counts at each (a small request cannot stand for a huge one); one that contains itself
    // never ends, and is refused as too large.
    if (ancestors.has(item)) return { field: path.join(".") || "input", problem: "too_large" };
    ancestors.add(item);
    const entries = Array.isArray(item) ? item.entries() : Object.entries(item);
    for (const [key, child] of entries) {
      const found = walk(child, [...path, String(key)]);
      if (found) return found;
    }
    ancestors.delete(item);
    return null;
  };
  return walk(value, []);
}

export const TOO_LARGE_MESSAGE = "This request is too large. Send less at a time.";

export const UNSTORABLE_TEXT_MESSAGE =
  "This text holds a character that can't be saved (an invisible control or broken character). Remove it and try again.";
