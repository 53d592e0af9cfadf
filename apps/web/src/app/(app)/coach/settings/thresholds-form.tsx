"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  DEFAULT_THRESHOLDS,
  type TriageThresholds,
  triageThresholds,
} from "@stride/domain/coaching";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert, Button } from "~/components/ui";
import { textProps } from "~/lib/field-props";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";

const FIELDS: [keyof TriageThresholds, string][] = [
  ["rampLimitPercent", "Flag weekly running up by more than (%)"],
  ["adherenceDropPoints", "Flag adherence falling 3 weeks running by at least (points)"],
  ["lowWellbeingAtOrBelow", "Flag mood or energy two check-ins running at or below (1–4)"],
  ["loadRatioLimit", "Flag a load spike: acute:chronic load above (1.1–3)"],
  [
    "predictionDriftPercent",
    "Flag a race prediction drifting slower than the goal by more than (%)",
  ],
  ["mesoEndingWithinDays", "Flag a meso goal ending within (days)…"],
  ["mesoFarBelowPercent", "…while below (% of its target)"],
];
const KEYS = FIELDS.map(([key]) => key);

export function ThresholdsForm({ initial }: { initial: TriageThresholds }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.coach.setThresholds.mutationOptions());
  const form = useForm<TriageThresholds>({
    defaultValues: initial,
    resolver: zodResolver(triageThresholds),
  });
  const { problem, fail, clear } = useFormProblem(KEYS, form.setError);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    setSaved(false);
    try {
      await save.mutateAsync(values);
      setSaved(true);
    } catch (error) {
      fail(error);
    }
  });
  return (
    <form className="space-y-3" noValidate onSubmit={onSubmit}>
      {FIELDS.map(([key, label]) => (
        <div key={key} className="w-full max-w-md">
          <TextField
            label={label}
            type="number"
            step={key === "loadRatioLimit" ? 0.05 : 1}
            hint={`Default ${DEFAULT_THRESHOLDS[key]}`}
            error={form.formState.errors[key]?.message}
            {...textProps(form, key, { valueAsNumber: true })}
          />
        </div>
      ))}
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save thresholds
        </Button>
        <Button type="button" variant="secondary" onClick={() => form.reset(DEFAULT_THRESHOLDS)}>
          Back to defaults
        </Button>
      </div>
      <FormProblemNotice problem={problem} />
      {saved ? <Alert tone="success">Saved. The dashboard uses these from now on.</Alert> : null}
    </form>
  );
}
