import { z } from "zod";
import { isSingleLine, SINGLE_LINE_MESSAGE } from "./single-line";

/**
 * A one-line text field (a name, a tag, a note): trimmed, at most `max` characters (`tooLong` says
 * so) and never a line break; with `required`, not empty either (`required` says so).
 */
export function oneLineText(max: number, tooLong: string, required?: string) {
  const text = z.string().trim();
  return (required === undefined ? text : text.min(1, required))
    .max(max, tooLong)
    .refine(isSingleLine, SINGLE_LINE_MESSAGE);
}
