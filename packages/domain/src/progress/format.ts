import type { StoredTarget } from "../goals/targets";
import { convertStored, formatDuration, formatNumber } from "../units";

/** The number alone, in the unit people read (distances in the viewer's km or mi). */
function amountNumber(value: number, target: StoredTarget, distanceUnit: "km" | "mi"): string {
  switch (target.unit) {
    case "km":
    case "mi":
      return formatNumber(convertStored(value, distanceUnit));
    case "min":
    case "h":
      return formatNumber(convertStored(value, target.unit));
    case "time":
      return formatDuration(value);
    default:
      return formatNumber(value);
  }
}

function unitWord(value: number, target: StoredTarget, distanceUnit: "km" | "mi"): string {
  switch (target.unit) {
    case "km":
    case "mi":
      return distanceUnit;
    case "sessions":
      return value === 1 ? "session" : "sessions";
    case "days":
      return value === 1 ? "day" : "days";
    case "count":
      return target.label ?? "";
    case "time":
    case "none":
    case "items":
      return "";
    default:
      return target.unit;
  }
}

/** "15 mi", "2 sessions", "1:55:00". */
export function formatAmount(
  value: number,
  target: StoredTarget,
  distanceUnit: "km" | "mi",
): string {
  return `${amountNumber(value, target, distanceUnit)} ${unitWord(value, target, distanceUnit)}`.trim();
}

/** "8.2 of 15 mi": the unit said once, after the target. */
export function formatOf(
  value: number,
  goal: number,
  target: StoredTarget,
  distanceUnit: "km" | "mi",
): string {
  return `${amountNumber(value, target, distanceUnit)} of ${formatAmount(goal, target, distanceUnit)}`;
}
