// Outcomes, excuses and decisions with their labels, apart from the input schemas: the screens
// that only show them do not ship zod.

export const OUTCOMES = ["hit", "partial", "missed", "excused"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const EXCUSES = ["sick", "injured", "travel", "life"] as const;
export type Excuse = (typeof EXCUSES)[number];

/** What happens next week to a goal that was not hit. */
export const DECISIONS = ["carry", "carry_smaller", "let_go"] as const;
export type Decision = (typeof DECISIONS)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  hit: "Hit",
  partial: "Partly",
  missed: "Missed",
  excused: "Excused",
};
export const EXCUSE_LABELS: Record<Excuse, string> = {
  sick: "Sick",
  injured: "Injured",
  travel: "Travel",
  life: "Life happened",
};
export const DECISION_LABELS: Record<Decision, string> = {
  carry: "Carry it to next week as it is",
  carry_smaller: "Carry it, smaller",
  let_go: "Let it go",
};
