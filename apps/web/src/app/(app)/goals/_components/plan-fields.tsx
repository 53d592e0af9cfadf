"use client";

import { ACTIVITY_LABELS, ACTIVITY_TYPES, UNIT_LABELS } from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { inlineControl, Options } from "~/components/field";
import { errorAt } from "~/components/form/nest-errors";
import { WorkoutFields } from "~/components/workout/workout-fields";
import type { GoalFormValues } from "./form-model";

const small = inlineControl;

/** The week's days: tick the ones you'll train, with a time, an amount and a note if you like. */
export function PlanFields({ form }: { form: UseFormReturn<GoalFormValues> }) {
  const { register, formState } = form;
  const plan = useWatch({ control: form.control, name: "plan" });
  const unit = useWatch({ control: form.control, name: "target.unit" });
  const hasTarget = useWatch({ control: form.control, name: "hasTarget" });
  const amountUnit = hasTarget && unit !== "none" && unit !== "items" ? UNIT_LABELS[unit] : null;
  const planError = errorAt(formState.errors, "plan");
  const paceUnit = form.getValues("paceUnit");

  return (
    <fieldset className="space-y-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <legend className="px-1 text-sm font-semibold">Plan: which days, what time</legend>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Tick the days you'll do it. Times and amounts make it specific.
      </p>
      {planError ? <p className="text-sm text-red-700 dark:text-red-400">{planError}</p> : null}
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {plan.map((row, index) => {
          const dayLabel = formatCalendarDate(row.day, "EEEE d MMM");
          const timeError = errorAt(formState.errors, `plan.${index}.time`);
          const amountError = errorAt(formState.errors, `plan.${index}.amount`);
          return (
            <li key={row.day} className="flex flex-wrap items-center gap-2 py-2">
              <label className="flex min-h-11 w-44 items-center gap-2 text-sm font-medium">
                <input type="checkbox" className="size-5" {...register(`plan.${index}.enabled`)} />
                {dayLabel}
              </label>
              {row.enabled ? (
                <>
                  <input
                    type="time"
                    aria-label={`Time on ${dayLabel}`}
                    aria-invalid={timeError ? true : undefined}
                    className={small}
                    {...register(`plan.${index}.time`)}
                  />
                  <select
                    aria-label={`Activity on ${dayLabel}`}
                    className={small}
                    {...register(`plan.${index}.activityType`)}
                  >
                    <Options values={ACTIVITY_TYPES} labels={ACTIVITY_LABELS} />
                  </select>
                  {amountUnit ? (
                    <input
                      inputMode="decimal"
                      placeholder={amountUnit}
                      aria-label={`Amount on ${dayLabel} (${amountUnit})`}
                      aria-invalid={amountError ? true : undefined}
                      className={`${small} w-24`}
                      {...register(`plan.${index}.amount`)}
                    />
                  ) : null}
                  <input
                    placeholder="Note"
                    aria-label={`Note for ${dayLabel}`}
                    className={`${small} min-w-0 basis-full sm:flex-1 sm:basis-0`}
                    {...register(`plan.${index}.note`)}
                  />
                  {row.activityType === "run" || row.workout.enabled ? (
                    <WorkoutFields
                      form={form}
                      name={`plan.${index}.workout`}
                      label={dayLabel}
                      unit={paceUnit}
                    />
                  ) : null}
                  {timeError || amountError ? (
                    <p className="w-full text-sm text-red-700 dark:text-red-400">
                      {timeError ?? amountError}
                    </p>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
