import type { GoalProgress } from "../progress/types";
import type { Outcome } from "./constants";

/** Hit at the target; partly from half of it; otherwise missed. */
export const PARTIAL_FROM_PERCENT = 50;

/** The outcome the logs suggest, which the athlete can change (or excuse) before submitting. */
export function prefillOutcome(progress: GoalProgress): Exclude<Outcome, "excused"> {
  if (progress.state === "done") return "hit";
  const percent = progress.percent ?? 0;
  if (percent >= 100) return "hit";
  if (percent >= PARTIAL_FROM_PERCENT) return "partial";
  return "missed";
}

/**
 * The week's adherence: hit counts 1, partly counts a half, missed 0; excused goals are left out.
 * Null when nothing is left to count (no goals, or all excused).
 */
export function weekAdherence(outcomes: readonly Outcome[]): number | null {
  const counted = outcomes.filter((o) => o !== "excused");
  if (counted.length === 0) return null;
  const score = counted.reduce((sum, o) => sum + (o === "hit" ? 1 : o === "partial" ? 0.5 : 0), 0);
  return score / counted.length;
}
