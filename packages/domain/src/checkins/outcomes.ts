import type { GoalStatus } from "../goals/constants";
import type { GoalProgress, ProgressState } from "../progress/types";
import type { Outcome } from "./constants";

/**
 * The outcome a goal's state implies (docs/progress.md, "The check-in's pre-fill"): the same
 * evaluation every screen shows, so the pre-fill never contradicts the badge beside it.
 */
const OUTCOME_OF: Record<ProgressState, Exclude<Outcome, "excused">> = {
  done: "hit",
  ahead: "hit",
  on_track: "hit",
  partial: "partial",
  behind: "partial",
  at_risk: "missed",
  missed: "missed",
  let_go: "missed",
  not_started: "missed",
  no_target: "missed",
};

/** The outcome the logs suggest, which the athlete can change (or excuse) before submitting. */
export function prefillOutcome(progress: Pick<GoalProgress, "state">): Exclude<Outcome, "excused"> {
  return OUTCOME_OF[progress.state];
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

// The check-in's outcome is the goal's verdict (docs/progress.md, "Verdicts").
const VERDICT_OF: Record<Exclude<Outcome, "excused">, GoalStatus> = {
  hit: "achieved",
  partial: "partial",
  missed: "missed",
};

/**
 * The goal's status after a check-in entry, or null to leave it: "let it go" lets it go, an
 * excused week says nothing about the goal (on an edit it undoes what the earlier outcome set).
 */
export function statusAfterCheckin(
  entry: { outcome: Outcome; decision: string | null },
  earlier?: { outcome: Outcome },
): GoalStatus | null {
  if (entry.decision === "let_go") return "abandoned";
  if (entry.outcome === "excused")
    return earlier && earlier.outcome !== "excused" ? "active" : null;
  return VERDICT_OF[entry.outcome];
}
