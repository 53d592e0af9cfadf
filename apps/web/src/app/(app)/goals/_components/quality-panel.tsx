import type { QualityWarning } from "@stride/domain/goals";

const TITLES: Record<QualityWarning["code"], string> = {
  not_measurable: "Measurable?",
  not_specific: "Specific?",
  not_realistic: "Realistic?",
  not_aligned: "Aligned?",
  no_why: "Why?",
};

/** The coach's checklist for a goal, as gentle notes rather than errors. */
export function QualityNotes({
  warnings,
  compact = false,
}: {
  warnings: readonly QualityWarning[];
  compact?: boolean;
}) {
  if (warnings.length === 0) return null;
  return (
    <ul aria-label="Goal check" className="space-y-1.5">
      {warnings.map((warning) => (
        <li
          key={`${warning.code}-${warning.message}`}
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <span className="font-semibold">{TITLES[warning.code]}</span> {warning.message}
          {compact ? null : (
            <span className="block text-amber-900/80 dark:text-amber-200/80">{warning.fix}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
