/**
 * How deeply a JSON text nests its arrays and objects, counted without parsing it: parsers and
 * the transformer behind them recurse once per level, and a text nested thousands deep overflows
 * the stack. Strings are skipped, escapes included, so brackets inside text do not count.
 * Stops counting once past `limit` (the rest of a refused text need not be read).
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i += 1; // a backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

/** More levels than any of Stride's inputs has, with the transformer's envelope around it. */
export const MAX_JSON_DEPTH = 64;

export const TOO_DEEP_MESSAGE = `This request nests its data more than ${MAX_JSON_DEPTH} levels deep. Send flatter data.`;
