import { measureOf } from "../progress/measure";
import { convertStored, formatNumber, toStored } from "../units";
import type { StoredTarget } from "./targets";

/**
 * Titles Stride writes from a goal's amount ("Run 11 mi", "Run 13.3 miles", "Walk 10 km (lighter
 * week)") follow the amount: when the target changes, or a template in miles is given to someone
 * who reads kilometres. A title the athlete wrote themselves is never touched.
 */
const DERIVED =
  /^(?<verb>\p{L}[\p{L}-]*) (?<amount>\d+(?:\.\d+)?) (?<word>mi|miles?|km|kilometres?|kilometers?|min|minutes?|h|hours?)(?<rest> \(lighter week\))?$/u;

const UNIT_OF_WORD: Record<string, "mi" | "km" | "min" | "h"> = {
  mi: "mi",
  mile: "mi",
  miles: "mi",
  km: "km",
  kilometre: "km",
  kilometres: "km",
  kilometer: "km",
  kilometers: "km",
  min: "min",
  minute: "min",
  minutes: "min",
  h: "h",
  hour: "h",
  hours: "h",
};

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * The title for `to` when `title` was written from `from` (its amount, to a tenth, in the unit
 * the title names); null when the title is the athlete's own words. `unit` writes a distance in
 * another unit ("Run 11 mi" becomes "Run 17.7 km" for a kilometre runner).
 */
export function retitle(
  title: string,
  from: StoredTarget | null,
  to: StoredTarget | null,
  unit?: "km" | "mi",
): string | null {
  const match = DERIVED.exec(title);
  if (!match?.groups || from?.value == null || to?.value == null) return null;
  const { verb, amount, word, rest } = match.groups;
  const titleUnit = UNIT_OF_WORD[word ?? ""];
  if (!titleUnit || measureOf(from) !== measureOf(to)) return null;
  if (Math.abs(Number(amount) - oneDecimal(convertStored(from.value, titleUnit))) > 0.05)
    return null;
  const distance = titleUnit === "km" || titleUnit === "mi";
  const newUnit = distance && unit ? unit : titleUnit;
  const newWord = newUnit === titleUnit ? word : newUnit;
  return `${verb} ${formatNumber(oneDecimal(convertStored(to.value, newUnit)))} ${newWord}${rest ?? ""}`;
}

/**
 * What follows a change of target the request did not spell out: a title written from the old
 * amount, and the plan's amounts, scaled by the same share (a 6.7 mi long run in a 13.3 mi week
 * becomes 6 mi in a 12 mi week).
 */
export function followTargetChange(input: {
  title: string;
  from: StoredTarget | null;
  to: StoredTarget | null;
}): { title: string | null; planScale: number | null } {
  const { from, to } = input;
  const comparable =
    from?.value != null && to?.value != null && from.value > 0 && measureOf(from) === measureOf(to);
  return {
    title: retitle(input.title, from, to),
    planScale: comparable && from.value !== to.value ? (to.value ?? 0) / (from.value ?? 1) : null,
  };
}

/** A planned amount scaled by a change of target, to a tenth of the unit the athlete reads. */
export function scaledAmount(amount: number, scale: number, unit: string): number {
  return toStored(oneDecimal(convertStored(amount * scale, unit)), unit);
}
