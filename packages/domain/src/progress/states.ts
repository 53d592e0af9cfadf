import type { GoalStatus } from "../goals/constants";
import type { ProgressState } from "./types";

/** A gap to the expected amount of at least this share of the target reads Ahead. */
export const AHEAD_GAP = 0.1;
/** Short of the expected amount by more than this share of the target reads Behind. */
export const BEHIND_GAP = 0.1;
/** Short by at least this share reads At risk. */
export const AT_RISK_GAP = 0.25;
/** A daily target is met over a span when met on at least six days in seven. */
export const DAYS_MET_SHARE = 6 / 7;
/** Below four days in seven a daily target reads At risk. */
export const DAYS_AT_RISK_SHARE = 4 / 7;
/** An unmet goal that reached half its target is partly met. */
export const PARTLY_MET_PERCENT = 50;

/** The state a verdict (the status the athlete set) shows; null for an active goal. */
export function verdictState(status: GoalStatus): ProgressState | null {
  switch (status) {
    case "achieved":
      return "done";
    case "partial":
      return "partial";
    case "missed":
      return "missed";
    case "abandoned":
      return "let_go";
    default:
      return null;
  }
}

/** Ahead, on track, behind or at risk, by the gap to what was expected by today. */
export function stateForGap(value: number, expected: number, target: number): ProgressState {
  if (target <= 0) return "on_track";
  const gap = (value - expected) / target;
  if (gap >= AHEAD_GAP) return "ahead";
  if (gap > -BEHIND_GAP) return "on_track";
  if (gap > -AT_RISK_GAP) return "behind";
  return "at_risk";
}

/** After the period, with no verdict: met, partly met, or missed. */
export function endState(met: boolean, percent: number | null): ProgressState {
  if (met) return "done";
  return (percent ?? 0) >= PARTLY_MET_PERCENT ? "partial" : "missed";
}

const FAVOUR: Partial<Record<ProgressState, number>> = {
  at_risk: 0,
  behind: 1,
  on_track: 2,
  done: 2,
  ahead: 3,
};

/**
 * A parent with no pace of its own reads as its least favourable current child (a child that is
 * done counts as on track); null with no current child.
 */
export function leastFavourable(states: readonly ProgressState[]): ProgressState | null {
  let worst: ProgressState | null = null;
  for (const state of states) {
    const rank = FAVOUR[state];
    if (rank === undefined) continue;
    const normalised = state === "done" ? "on_track" : state;
    if (worst === null || rank < (FAVOUR[worst] ?? 99)) worst = normalised;
  }
  return worst;
}
