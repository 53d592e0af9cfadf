"use client";

import type { AppRouter } from "@stride/api";
import {
  CATEGORY_LABELS,
  checkGoalQuality,
  createGoalInput,
  GOAL_CATEGORIES,
  LEVEL_LABELS,
  parentFitProblem,
  targetInput,
  toStoredTarget,
  updateGoalInput,
  VISIBILITIES,
  VISIBILITY_LABELS,
  type Visibility,
} from "@stride/domain/goals";
import {
  addDaysTo,
  daysBetween,
  formatCalendarDate,
  type GoalLevel,
  periodProblem,
} from "@stride/domain/periods";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useMemo, useState } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { SelectField, TextAreaField, TextField } from "~/components/field";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { ConflictNotice } from "./conflict-notice";
import { defaultValues } from "./form-defaults";
import { nestErrors } from "~/components/form/nest-errors";
import {
  formPathFor,
  type GoalFormValues,
  planRowsForWeek,
  toApiFields,
  toCreateInput,
  weeksOfPeriod,
} from "./form-model";
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

const changesSchema = updateGoalInput.shape.changes;

export function GoalForm(props: Props) {
  const { level, parent, context, existing, onSaved, onCancel } = props;
  const trpc = useTRPC();
  const create = useMutation(trpc.goals.create.mutationOptions());
  const update = useMutation(trpc.goals.update.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<GoalDto | null>(null);
  const initial = useMemo(() => defaultValues(props), [props]);

  const isAdjusting = (values: GoalFormValues) => {
    if (existing?.goal.status !== "active") return false;
    const before = toApiFields(initial, level);
    const after = toApiFields(values, level);
    return (
      before.periodStart !== after.periodStart ||
      before.periodEnd !== after.periodEnd ||
      JSON.stringify(before.target) !== JSON.stringify(after.target)
    );
  };

  // The same zod schema as the server, plus the period rules, checked before anything is sent.
  const resolver: Resolver<GoalFormValues> = async (values) => {
    const flat: { path: string; message: string }[] = [];
    const parsed = existing
      ? changesSchema.safeParse(toApiFields(values, level))
      : createGoalInput.safeParse(toCreateInput(values, level, parent?.id ?? null));
    for (const issue of parsed.error?.issues ?? []) {
      flat.push({ path: formPathFor(issue.path.join("."), values), message: issue.message });
    }
    const period = {
      start: values.periodStart,
      end: level === "micro" ? addDaysTo(values.periodStart, 6) : values.periodEnd,
    };
    const problem = periodProblem(level, period, context.weekStartDay);
    if (problem) flat.push({ path: problem.field, message: problem.message });
    else if (parent) {
      // The server's own rule and words: the parent's dates and both ways to fix it.
      const misfit = parentFitProblem(level, period, {
        level: parent.level,
        title: parent.title,
        period: { start: parent.periodStart, end: parent.periodEnd },
      });
      if (misfit) flat.push({ path: misfit.field, message: misfit.message });
    }
    if (isAdjusting(values) && values.reason.trim() === "") {
      flat.push({
        path: "reason",
        message: "Say why you're adjusting the target or dates; it's kept in the goal's history.",
      });
    }
    return flat.length > 0
      ? { values: {}, errors: nestErrors(flat) as never }
      : { values, errors: {} };
  };

  const form = useForm<GoalFormValues>({ defaultValues: initial, resolver });
  const { register, handleSubmit, setError, setValue, getValues, formState } = form;
  const errors = formState.errors;
  const values = useWatch({ control: form.control }) as GoalFormValues;

  const liveWarnings = useMemo(() => {
    const fields = toApiFields(values, level);
    const parsedTarget = fields.target ? targetInput.safeParse(fields.target) : null;
    return checkGoalQuality({
      level,
      parentId: parent?.id ?? null,
      why: values.why ?? "",
      period: { start: fields.periodStart, end: fields.periodEnd },
      target: parsedTarget?.success ? toStoredTarget(parsedTarget.data) : null,
      plannedSessionCount: fields.plan.length,
      checklistItemCount: fields.checklist.length,
    }).filter((warning) => existing || warning.code !== "not_aligned");
  }, [values, level, parent, existing]);

  const onSubmit = handleSubmit(async (submitted) => {
    setFormError(null);
    setConflict(null);
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
      if (!(error instanceof TRPCClientError)) {
        setFormError("Could not reach Stride. Check your connection and try again.");
        return;
      }
      const data = (error as TRPCClientError<AppRouter>).data;
      if (data?.code === "CONFLICT" && data.details?.current) {
        setConflict(data.details.current as GoalDto);
        return;
      }
      let placed = false;
      for (const [path, messages] of Object.entries(data?.fieldErrors ?? {})) {
        const message = messages?.[0];
        if (!message) continue;
        setError(formPathFor(path, getValues()) as never, { type: "server", message });
        placed = true;
      }
      if (!placed) setFormError(error.message);
    }
  });

  const microWeeks =
    level === "micro" && parent
      ? weeksOfPeriod(parent.periodStart, parent.periodEnd, context.weekStartDay)
      : [];
  const weekChoices =
    level === "micro" && microWeeks.length === 0
      ? Array.from({ length: 8 }, (_, i) => addDaysTo(context.thisWeekStart, 7 * (i - 1)))
      : microWeeks;
  if (level === "micro" && !weekChoices.includes(values.periodStart))
    weekChoices.unshift(values.periodStart);

  const moveWeek = (newStart: string) => {
    const offset = daysBetween(getValues("periodStart"), newStart);
    const shifted = getValues("plan")
      .filter((row) => row.enabled)
      .map((row) => ({ ...row, day: addDaysTo(row.day, offset) }));
    setValue("periodStart", newStart, { shouldDirty: true });
    setValue("plan", planRowsForWeek(newStart, shifted));
  };

  const adjusting = isAdjusting(values);
  const label = LEVEL_LABELS[level].toLowerCase();

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-label={existing ? `Edit ${label} goal` : `New ${label} goal`}
    >
      {conflict && existing ? (
        <ConflictNotice startedFrom={existing.goal} current={conflict} />
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {parent ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Part of{" "}
          <span className="font-medium text-zinc-900 dark:text-zinc-100">{parent.title}</span>
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField
            label="Goal"
            placeholder={
              level === "macro"
                ? "Run a half marathon"
                : level === "meso"
                  ? "Build from 10 to 15 miles a week"
                  : "Run 12 miles"
            }
            error={errors.title?.message}
            {...register("title")}
          />
        </div>
        {level === "micro" ? (
          <SelectField
            label="Week"
            error={errors.periodStart?.message}
            value={values.periodStart}
            onChange={(e) => moveWeek(e.target.value)}
          >
            {weekChoices.map((week) => (
              <option key={week} value={week}>
                {formatCalendarDate(week, "d MMM")} –{" "}
                {formatCalendarDate(addDaysTo(week, 6), "d MMM yyyy")}
                {week === context.thisWeekStart ? " (this week)" : ""}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <TextField
              label="Starts"
              type="date"
              error={errors.periodStart?.message}
              {...register("periodStart")}
            />
            <TextField
              label="Ends"
              type="date"
              hint={
                level === "meso" ? "A meso block lasts 2 to 6 weeks." : "Up to 12 months ahead."
              }
              error={errors.periodEnd?.message}
              {...register("periodEnd")}
            />
          </>
        )}
        <SelectField label="Category" error={errors.category?.message} {...register("category")}>
          {GOAL_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Who can see it"
          error={errors.visibility?.message}
          {...register("visibility")}
        >
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
          error={errors.why?.message}
          {...register("why")}
        />
        <TextAreaField
          label="Strategy"
          hint={
            level === "micro"
              ? "How you'll make it happen this week."
              : "What will keep you on track: a plan, a partner, a group?"
          }
          error={errors.strategy?.message}
          {...register("strategy")}
        />
      </div>

      {liveWarnings.length > 0 ? (
        <section aria-label="Coach's check" className="space-y-2">
          <h3 className="text-sm font-semibold">Coach's check</h3>
          <QualityNotes warnings={liveWarnings} />
        </section>
      ) : null}

      {adjusting ? (
        <TextAreaField
          label="Why are you adjusting it?"
          hint="Adjusting is progress, not failure. The reason goes in the goal's history."
          rows={2}
          error={errors.reason?.message}
          {...register("reason")}
        />
      ) : null}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : existing ? "Save changes" : `Create ${label} goal`}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
