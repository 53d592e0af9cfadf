import { OUTCOME_LABELS, type Outcome } from "@stride/domain/checkins";
import { Badge } from "./ui";

const OUTCOME_TONE = {
  hit: "success",
  partial: "brand",
  missed: "warning",
  excused: "neutral",
} as const;

/** How a week's goal went, as the check-in says it: hit, partly, missed or excused. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return <Badge tone={OUTCOME_TONE[outcome]}>{OUTCOME_LABELS[outcome]}</Badge>;
}
