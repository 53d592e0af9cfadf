import type { TriageThresholds } from "./schemas";
import {
  type AthleteRecord,
  adherenceFallingSignal,
  loadSpikeSignal,
  lowWellbeingSignal,
  macroOffTrackSignal,
  mesoEndingShortSignal,
  mesoMissedTwiceSignal,
  noCheckinSignal,
  predictionDriftSignal,
  type Signal,
  unansweredCommentSignal,
  volumeSpikeSignal,
} from "./signals";

/*
 * The triage's ranking: the signals that apply to an athlete, their weight, and the roster's order.
 */

/** Every signal that applies, heaviest first. */
export function triageSignals(record: AthleteRecord, thresholds: TriageThresholds): Signal[] {
  return [
    noCheckinSignal(record),
    mesoMissedTwiceSignal(record),
    lowWellbeingSignal(record, thresholds),
    adherenceFallingSignal(record, thresholds),
    volumeSpikeSignal(record, thresholds),
    loadSpikeSignal(record, thresholds),
    predictionDriftSignal(record, thresholds),
    mesoEndingShortSignal(record, thresholds),
    unansweredCommentSignal(record),
    macroOffTrackSignal(record),
  ]
    .filter((signal): signal is Signal => signal !== null)
    .sort((a, b) => b.weight - a.weight);
}

export function triageScore(signals: readonly Signal[]): number {
  return signals.reduce((sum, signal) => sum + signal.weight, 0);
}

/**
 * The roster order: athletes not yet reviewed this week first, then by how much needs attention,
 * then by name. Marking someone reviewed moves them below everyone still waiting.
 */
export function rankAthletes<T extends { name: string; score: number; reviewed: boolean }>(
  athletes: readonly T[],
): T[] {
  return [...athletes].sort(
    (a, b) =>
      Number(a.reviewed) - Number(b.reviewed) || b.score - a.score || a.name.localeCompare(b.name),
  );
}
