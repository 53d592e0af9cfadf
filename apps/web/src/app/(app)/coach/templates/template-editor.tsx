"use client";

import {
  DEFAULT_THRESHOLDS,
  type TemplateFields,
  templateRampWarnings,
} from "@stride/domain/coaching";
import { ACTIVITY_LABELS, ACTIVITY_TYPES } from "@stride/domain/goals";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { Options, SelectField, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert, Button } from "~/components/ui";
import { textFieldsOf, textProps } from "~/lib/field-props";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import {
  type TemplateFormValues,
  templateDefaults,
  templateFieldOf,
  templateResolver,
  toTemplateFields,
} from "./template-model";
import { TemplateWeeks } from "./template-weeks";

/** Builds or edits a template; the ramp check runs as you type, as on the goal form. */
export function TemplateEditor({
  id,
  initial,
}: {
  id: string | null;
  initial: TemplateFields | null;
}) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const create = useMutation(trpc.coach.createTemplate.mutationOptions());
  const update = useMutation(trpc.coach.updateTemplate.mutationOptions());
  const visibility = initial?.visibility ?? "coach";
  const form = useForm<TemplateFormValues>({
    defaultValues: templateDefaults(initial),
    resolver: templateResolver(visibility),
  });
  const text = textFieldsOf(form);
  const { formState } = form;
  const { problem, fail, clear } = useFormProblem(templateFieldOf, form.setError);
  const [saved, setSaved] = useState(false);
  const values = useWatch({ control: form.control }) as TemplateFormValues;
  const warnings = templateRampWarnings(
    toTemplateFields(values, visibility),
    DEFAULT_THRESHOLDS.rampLimitPercent,
  );
  const measure = values.measure;

  const onSubmit = form.handleSubmit(async (submitted) => {
    clear();
    setSaved(false);
    try {
      const fields = toTemplateFields(submitted, visibility);
      if (id) await update.mutateAsync({ id, fields });
      else await create.mutateAsync(fields);
      setSaved(true);
      await refresh();
    } catch (error) {
      fail(error);
    }
  });

  return (
    <FormProvider {...form}>
      <form
        aria-label={id ? `Edit ${initial?.name}` : "New template"}
        className="mt-3 space-y-3"
        noValidate
        onSubmit={onSubmit}
      >
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label="Template name"
            placeholder="6 weeks: 10 to 15 miles/week"
            {...text("name")}
          />
          <TextField
            label="Meso goal title"
            placeholder="Build to 15 mi a week"
            {...text("title")}
          />
          <div className="sm:col-span-2">
            <TextField label="Description" {...text("description")} />
          </div>
          <div className="sm:col-span-2">
            <TextField label="Why (shown to the athlete)" {...text("why")} />
          </div>
          <SelectField label="Measured in" {...textProps(form, "measure")}>
            <option value="mi">Miles a week</option>
            <option value="km">Kilometres a week</option>
            <option value="sessions">Sessions a week</option>
            <option value="none">No target</option>
          </SelectField>
          <SelectField label="Activity" {...textProps(form, "activity")}>
            <Options values={ACTIVITY_TYPES} labels={ACTIVITY_LABELS} />
          </SelectField>
          {measure === "km" || measure === "mi" ? (
            <TextField
              label={`Starting from (${measure} a week)`}
              type="number"
              step="any"
              min="0"
              {...text("baseline")}
            />
          ) : null}
        </div>
        <TemplateWeeks />
        {warnings.length > 0 ? (
          <ul
            aria-label="Ramp warnings"
            className="space-y-1 text-sm text-amber-800 dark:text-amber-300"
          >
            {warnings.map((w) => (
              <li key={w.week}>⚠ {w.message}</li>
            ))}
          </ul>
        ) : null}
        <Button type="submit" disabled={formState.isSubmitting}>
          Save template
        </Button>
        <FormProblemNotice problem={problem} />
        {formState.errors.root?.message ? (
          <Alert tone="error">{formState.errors.root.message}</Alert>
        ) : null}
        {saved ? <Alert tone="success">Template saved.</Alert> : null}
      </form>
    </FormProvider>
  );
}
