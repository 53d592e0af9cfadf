/**
 * Text that cannot be stored: a NUL character (Postgres text refuses U+0000) or a lone UTF-16
 * surrogate (not Unicode at all; JSON columns refuse it). Finds the first such string anywhere in
 * a request's input and says where it is, as a field path ("notes", "weeks.2.title").
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (depth > 20) return null;
  if (typeof value === "string") {
    return value.includes("\u0000") || LONE_SURROGATE.test(value)
      ? path.join(".") || "input"
      : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, String(index)], depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(item, [...path, key], depth + 1);
      if (found !== null) return found;
    }
  }
  return null;
}

export const UNSTORABLE_TEXT_MESSAGE =
  "This text holds a character that can't be saved (an invisible control or broken character). Remove it and try again.";
