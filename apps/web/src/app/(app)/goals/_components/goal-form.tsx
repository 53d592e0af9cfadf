"use client";

import {
  CATEGORY_LABELS,
  createGoalInput,
  GOAL_CATEGORIES,
  LEVEL_LABELS,
  VISIBILITIES,
  VISIBILITY_LABELS,
  type Visibility,
} from "@stride/domain/goals";
import type { GoalLevel } from "@stride/domain/periods";
import { useMutation } from "@tanstack/react-query";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Options, SelectField, TextAreaField, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Button, CancelButton } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { GOAL_CONFLICT_TITLE, GoalConflictChanges } from "./conflict-notice";
import { defaultValues } from "./form-defaults";
import { formPathFor, type GoalFormValues, toApiFields, toCreateInput } from "./form-model";
import { changesSchema, goalResolver, isAdjusting, liveWarnings } from "./goal-rules";
import { PeriodFields } from "./period-fields";
import { PlanFields } from "./plan-fields";
import { QualityNotes } from "./quality-panel";
import { RampFields } from "./ramp-fields";
import { TargetFields } from "./target-fields";
import type { FormContext, GoalDetail, GoalDto, ParentInfo } from "./types";

export type { FormContext, GoalDetail, GoalDto, ParentInfo };

type Props = {
  level: GoalLevel;
  parent: ParentInfo | null;
  context: FormContext;
  /** Present when editing: the goal as it was loaded, with its plan and checklist. */
  existing?: Pick<GoalDetail, "goal" | "plan" | "checklist">;
  onSaved: (goalId: string) => void;
  onCancel: () => void;
};

const TITLE_EXAMPLES: Record<GoalLevel, string> = {
  macro: "Run a half marathon",
  meso: "Build from 10 to 15 miles a week",
  micro: "Run 12 miles",
};

export function GoalForm(props: Props) {
  const { level, parent, context, existing, onSaved, onCancel } = props;
  const trpc = useTRPC();
  const refresh = useRefresh();
  const create = useMutation(trpc.goals.create.mutationOptions());
  const update = useMutation(trpc.goals.update.mutationOptions());
  const initial = useMemo(() => defaultValues(props), [props]);
  const setup = { level, parent, context, existing, initial };

  const form = useForm<GoalFormValues>({ defaultValues: initial, resolver: goalResolver(setup) });
  const { handleSubmit, setError, getValues, formState } = form;
  const field = fieldsOf(form);
  const values = useWatch({ control: form.control }) as GoalFormValues;
  const { problem, fail, clear } = useFormProblem<GoalFormValues, GoalDto>(
    (path) => formPathFor(path, getValues()) as never,
    setError,
  );
  const warnings = liveWarnings(setup, values);

  const onSubmit = handleSubmit(async (submitted) => {
    clear();
    try {
      if (existing) {
        await update.mutateAsync({
          id: existing.goal.id,
          version: existing.goal.version,
          reason: submitted.reason.trim() || null,
          changes: changesSchema.parse(toApiFields(submitted, level)),
        });
        onSaved(existing.goal.id);
      } else {
        const created = await create.mutateAsync(
          createGoalInput.parse(toCreateInput(submitted, level, parent?.id ?? null)),
        );
        onSaved(created.id);
      }
    } catch (error) {
      fail(error);
    }
  });

  const adjusting = isAdjusting(setup, values);
  const label = LEVEL_LABELS[level].toLowerCase();

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-label={existing ? `Edit ${label} goal` : `New ${label} goal`}
    >
      <FormProblemNotice
        problem={problem}
        conflictTitle={GOAL_CONFLICT_TITLE}
        onReload={() => refresh()}
      >
        {problem.conflict && existing ? (
          <GoalConflictChanges startedFrom={existing.goal} current={problem.conflict} />
        ) : null}
      </FormProblemNotice>
      {parent ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Part of{" "}
          <span className="font-medium text-zinc-900 dark:text-zinc-100">{parent.title}</span>
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField label="Goal" placeholder={TITLE_EXAMPLES[level]} {...field("title")} />
        </div>
        <PeriodFields
          form={form}
          level={level}
          parent={parent}
          context={context}
          periodStart={values.periodStart}
        />
        <SelectField label="Category" {...field("category")}>
          <Options values={GOAL_CATEGORIES} labels={CATEGORY_LABELS} />
        </SelectField>
        <SelectField label="Who can see it" {...field("visibility")}>
          {VISIBILITIES.map((visibility: Visibility) => (
            <option key={visibility} value={visibility}>
              {VISIBILITY_LABELS[visibility]}
            </option>
          ))}
        </SelectField>
      </div>

      <TargetFields form={form} distanceUnit={context.distanceUnit} />
      {level === "micro" ? <PlanFields form={form} /> : null}
      {level === "meso" && !existing ? (
        <RampFields form={form} weekStartDay={context.weekStartDay} />
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <TextAreaField
          label={level === "macro" ? "Why it matters to you" : "Why (optional)"}
          hint={level === "macro" ? "What makes this goal light you up?" : undefined}
          {...field("why")}
        />
        <TextAreaField
          label="Strategy"
          hint={
            level === "micro"
              ? "How you'll make it happen this week."
              : "What will keep you on track: a plan, a partner, a group?"
          }
          {...field("strategy")}
        />
      </div>

      {warnings.length > 0 ? (
        <section aria-label="Coach's check" className="space-y-2">
          <h3 className="text-sm font-semibold">Coach's check</h3>
          <QualityNotes warnings={warnings} />
        </section>
      ) : null}

      {adjusting ? (
        <TextAreaField
          label="Why are you adjusting it?"
          hint="Adjusting is progress, not failure. The reason goes in the goal's history."
          rows={2}
          {...field("reason")}
        />
      ) : null}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : existing ? "Save changes" : `Create ${label} goal`}
        </Button>
        <CancelButton onCancel={onCancel} />
      </div>
    </form>
  );
}
