"use client";

import type { AppRouter } from "@stride/api";
import {
  DECISION_LABELS,
  DECISIONS,
  type Decision,
  EXCUSE_LABELS,
  EXCUSES,
  type Excuse,
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
} from "@stride/domain/checkins";
import { type ProgressState, STATE_LABELS } from "@stride/domain/progress";
import type { inferRouterOutputs } from "@trpc/server";
import { ProgressSummary } from "~/components/progress-bar";
import { Card } from "~/components/ui";

type Item = inferRouterOutputs<AppRouter>["checkins"]["get"]["items"][number];
export type GoalState = {
  outcome: Outcome;
  excuse: Excuse | null;
  excuseNote: string;
  decision: Decision | null;
  smallerValue: string;
};

const radio = "size-5 accent-[var(--color-brand-600)]";

const RUNNING = new Set<ProgressState>(["ahead", "on_track", "behind", "at_risk"]);

/** Why an outcome is pre-filled: the state beside it, so the two never seem to disagree. */
function suggestionHint(state: ProgressState) {
  return RUNNING.has(state) ? `(${STATE_LABELS[state].toLowerCase()} so far)` : "(from your log)";
}

/** One of the week's goals: how it went (pre-filled from the log), why if excused, and what next. */
export function GoalOutcome({
  item,
  state: g,
  prefix,
  errors,
  onChange,
}: {
  item: Item;
  state: GoalState;
  prefix: string;
  errors: Record<string, string>;
  onChange: (change: Partial<GoalState>) => void;
}) {
  return (
    <Card aria-labelledby={`checkin-goal-${item.goal.id}`}>
      <h3 id={`checkin-goal-${item.goal.id}`} className="mb-2 font-semibold">
        {item.goal.title}
      </h3>
      <ProgressSummary progress={item.progress} label={item.goal.title} size="sm" />
      <fieldset className="mt-3">
        <legend className="mb-1 text-sm font-medium">How did it go?</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {OUTCOMES.map((outcome) => (
            <label key={outcome} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                className={radio}
                name={`outcome-${item.goal.id}`}
                checked={g.outcome === outcome}
                onChange={() =>
                  onChange({
                    outcome,
                    decision: outcome === "hit" ? null : g.decision,
                  })
                }
              />
              {OUTCOME_LABELS[outcome]}
              {outcome === item.suggested ? (
                <span className="text-xs text-zinc-600 dark:text-zinc-400">
                  {suggestionHint(item.progress.state)}
                </span>
              ) : null}
            </label>
          ))}
        </div>
      </fieldset>
      {g.outcome === "excused" ? (
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Reason
            <select
              className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-950"
              value={g.excuse ?? ""}
              aria-invalid={errors[`${prefix}.excuse`] ? true : undefined}
              onChange={(e) => onChange({ excuse: (e.target.value || null) as Excuse | null })}
            >
              <option value="">Pick one</option>
              {EXCUSES.map((excuse) => (
                <option key={excuse} value={excuse}>
                  {EXCUSE_LABELS[excuse]}
                </option>
              ))}
            </select>
            {errors[`${prefix}.excuse`] ? (
              <span className="text-red-700 dark:text-red-400">{errors[`${prefix}.excuse`]}</span>
            ) : null}
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Note (optional)
            <input
              className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-950"
              value={g.excuseNote}
              onChange={(e) => onChange({ excuseNote: e.target.value })}
            />
          </label>
        </div>
      ) : null}
      {g.outcome !== "hit" ? (
        <fieldset className="mt-3">
          <legend className="mb-1 text-sm font-medium">Next week</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {DECISIONS.map((decision) => (
              <label key={decision} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="radio"
                  className={radio}
                  name={`decision-${item.goal.id}`}
                  checked={g.decision === decision}
                  onChange={() => onChange({ decision })}
                />
                {DECISION_LABELS[decision]}
              </label>
            ))}
          </div>
          {g.decision === "carry_smaller" ? (
            <label className="mt-2 flex max-w-xs flex-col gap-1 text-sm font-medium">
              Next week's target
              {item.goal.targetInput ? ` (${item.goal.targetInput.unit})` : ""}
              <input
                inputMode="decimal"
                className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-950"
                value={g.smallerValue}
                aria-invalid={errors[`${prefix}.smallerValue`] ? true : undefined}
                onChange={(e) => onChange({ smallerValue: e.target.value })}
              />
              {errors[`${prefix}.smallerValue`] ? (
                <span className="text-red-700 dark:text-red-400">
                  {errors[`${prefix}.smallerValue`]}
                </span>
              ) : null}
            </label>
          ) : null}
        </fieldset>
      ) : null}
    </Card>
  );
}
