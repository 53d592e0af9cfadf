/** The words for each part of a check-in an edit can change, as the form names them. */
const CHECKIN_PART_LABELS: Record<string, string> = {
  outcomes: "the goals' outcomes",
  wentWell: "what went well",
  gotInTheWay: "what got in the way",
  nextFocus: "next week's focus",
  mood: "mood",
  energy: "energy",
  shareMood: "who sees mood and energy",
  visibility: "who can see it",
  coachOnly: "what only the coach sees",
};

/**
 * What an edit of a check-in changed, in words: "what went well and next week's focus". The parts
 * come in the form's order; a part without a label (from an older version) is left out.
 */
export function describeCheckinEdit(changes: Record<string, unknown>): string {
  const parts = Object.keys(CHECKIN_PART_LABELS)
    .filter((part) => part in changes)
    .map((part) => CHECKIN_PART_LABELS[part] as string);
  if (parts.length === 0) return "nothing";
  if (parts.length === 1) return parts[0] as string;
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
