"use client";

import {
  DECISION_LABELS,
  DECISIONS,
  EXCUSE_LABELS,
  EXCUSES,
  OUTCOME_LABELS,
  OUTCOMES,
} from "@stride/domain/checkins";
import { type ProgressState, STATE_LABELS } from "@stride/domain/progress";
import { useFormContext, useWatch } from "react-hook-form";
import { ChoiceGroup, Options, Radio, SelectField, TextField } from "~/components/field";
import { errorAt } from "~/components/form/nest-errors";
import { ProgressSummary } from "~/components/progress-bar";
import { Card } from "~/components/ui";
import { radioProps, textProps } from "~/lib/field-props";
import type { CheckinFormValues, CheckinItem } from "./checkin-model";

const RUNNING = new Set<ProgressState>(["ahead", "on_track", "behind", "at_risk"]);

/** Why an outcome is pre-filled: the state beside it, so the two never seem to disagree. */
function suggestionHint(state: ProgressState) {
  return RUNNING.has(state) ? `(${STATE_LABELS[state].toLowerCase()} so far)` : "(from your log)";
}

/** One of the week's goals: how it went (pre-filled from the log), why if excused, and what next. */
export function GoalOutcome({ item, index }: { item: CheckinItem; index: number }) {
  const form = useFormContext<CheckinFormValues>();
  const { control, formState } = form;
  const at = `goals.${index}` as const;
  const row = useWatch({ control, name: at });
  const error = (field: string) => errorAt(formState.errors, `${at}.${field}`);
  return (
    <Card aria-labelledby={`checkin-goal-${item.goal.id}`}>
      <h3 id={`checkin-goal-${item.goal.id}`} className="mb-2 font-semibold">
        {item.goal.title}
      </h3>
      <ProgressSummary progress={item.progress} label={item.goal.title} size="sm" />
      <ChoiceGroup legend="How did it go?" className="mt-3" error={error("outcome")}>
        {OUTCOMES.map((outcome) => (
          <Radio
            key={outcome}
            label={
              <>
                {OUTCOME_LABELS[outcome]}
                {outcome === item.suggested ? (
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">
                    {suggestionHint(item.progress.state)}
                  </span>
                ) : null}
              </>
            }
            {...radioProps(form, `${at}.outcome`, outcome)}
          />
        ))}
      </ChoiceGroup>
      {row.outcome === "excused" ? (
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <SelectField label="Reason" error={error("excuse")} {...textProps(form, `${at}.excuse`)}>
            <option value="">Pick one</option>
            <Options values={EXCUSES} labels={EXCUSE_LABELS} />
          </SelectField>
          <TextField
            label="Note (optional)"
            error={error("excuseNote")}
            {...textProps(form, `${at}.excuseNote`)}
          />
        </div>
      ) : null}
      {row.outcome !== "hit" ? (
        <ChoiceGroup legend="Next week" className="mt-3" error={error("decision")}>
          {DECISIONS.map((decision) => (
            <Radio
              key={decision}
              label={DECISION_LABELS[decision]}
              {...radioProps(form, `${at}.decision`, decision)}
            />
          ))}
        </ChoiceGroup>
      ) : null}
      {row.outcome !== "hit" && row.decision === "carry_smaller" ? (
        <div className="mt-2 max-w-xs">
          <TextField
            label={`Next week's target${item.goal.targetInput ? ` (${item.goal.targetInput.unit})` : ""}`}
            inputMode="decimal"
            error={error("smallerValue")}
            {...textProps(form, `${at}.smallerValue`)}
          />
        </div>
      ) : null}
    </Card>
  );
}
