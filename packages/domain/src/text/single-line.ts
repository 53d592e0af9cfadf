/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. None belongs in a
 * one-line field: a name or title is written into headers and files (a calendar's name is one
 * line of its ICS), where a line break starts a line of the attacker's choosing.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export const SINGLE_LINE_MESSAGE =
  "Keep this on one line, without line breaks, tabs or other invisible characters.";

export function isSingleLine(text: string): boolean {
  return !CONTROL.test(text);
}

/** For text from files (an activity's name): each run of control characters becomes a space. */
export function toSingleLine(text: string): string {
  return text.replace(CONTROLS, " ").trim();
}
