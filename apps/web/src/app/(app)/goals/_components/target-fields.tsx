"use client";

import {
  ACTIVITY_LABELS,
  ACTIVITY_TYPES,
  EVENT_DISTANCES,
  PER_LABELS,
  TARGET_KIND_RULES,
  TARGET_KINDS,
  type TargetKind,
  UNIT_LABELS,
} from "@stride/domain/goals";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { Options, SelectField, TextAreaField, TextField } from "~/components/field";
import { errorAt } from "~/components/form/nest-errors";
import { fieldsOf } from "~/lib/field-props";
import { fitTargetToKind, type GoalFormValues } from "./form-model";

export function TargetFields({
  form,
  distanceUnit,
}: {
  form: UseFormReturn<GoalFormValues>;
  distanceUnit: "km" | "mi";
}) {
  const { register, setValue, getValues, formState } = form;
  const errors = formState.errors;
  const field = fieldsOf(form);
  const target = useWatch({ control: form.control, name: "target" });
  const hasTarget = useWatch({ control: form.control, name: "hasTarget" });
  const rules = TARGET_KIND_RULES[target.kind];

  return (
    <fieldset className="space-y-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <legend className="px-1 text-sm font-semibold">Measurable target</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-5" {...register("hasTarget")} />
        This goal has a target I can measure
      </label>
      {hasTarget ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Kind of target"
            hint={`For example: ${rules.example}.`}
            error={errorAt(errors, "target.kind")}
            value={target.kind}
            onChange={(event) => {
              const kind = event.target.value as TargetKind;
              setValue("target", fitTargetToKind(getValues("target"), kind, distanceUnit), {
                shouldDirty: true,
              });
            }}
          >
            <Options values={TARGET_KINDS} labels={(kind) => TARGET_KIND_RULES[kind].label} />
          </SelectField>
          {target.unit === "time" ? (
            <TextField
              label="Target time"
              placeholder="1:55:00"
              hint="Hours:minutes:seconds"
              {...field("target.time")}
            />
          ) : target.kind === "checklist" ? (
            <TextField
              label="How many to tick off"
              inputMode="decimal"
              hint="Leave empty to tick off every item."
              {...field("target.value")}
            />
          ) : (
            <TextField
              label={target.kind === "milestone" ? "Distance (optional)" : "Target amount"}
              inputMode="decimal"
              {...field("target.value")}
            />
          )}
          {rules.units.length > 1 ? (
            <SelectField label="Unit" {...field("target.unit")}>
              <Options values={rules.units} labels={UNIT_LABELS} />
            </SelectField>
          ) : null}
          {rules.pers.length > 1 ? (
            <SelectField label="Applies" {...field("target.per")}>
              <Options values={rules.pers} labels={PER_LABELS} />
            </SelectField>
          ) : null}
          {target.kind === "total" ? (
            <TextField
              label="Starting point (optional)"
              inputMode="decimal"
              hint="Where you are now, e.g. 10 for “from 10 to 15 miles a week”."
              {...field("target.baseline")}
            />
          ) : null}
          {target.kind === "best_performance" ? (
            <SelectField label="Race distance" {...field("target.eventDistanceMetres")}>
              <option value="">Pick a distance</option>
              {EVENT_DISTANCES.map((event) => (
                <option key={event.label} value={String(event.metres)}>
                  {event.label}
                </option>
              ))}
            </SelectField>
          ) : null}
          {target.unit === "count" || target.kind === "checklist" ? (
            <TextField
              label={
                target.kind === "checklist" ? "What the items are (optional)" : "What you count"
              }
              placeholder={target.kind === "checklist" ? "states" : "veggie servings"}
              {...field("target.label")}
            />
          ) : null}
          {target.kind === "checklist" ? (
            <div className="sm:col-span-2">
              <TextAreaField
                label="Checklist items, one per line"
                rows={5}
                {...field("checklistText")}
              />
            </div>
          ) : null}
          {target.unit !== "count" &&
          target.kind !== "checklist" &&
          target.kind !== "best_performance" ? (
            <fieldset className="sm:col-span-2">
              <legend className="mb-1.5 text-sm font-medium">Activities that count</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-2">
                {ACTIVITY_TYPES.map((type) => (
                  <label key={type} className="flex min-h-11 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="size-5"
                      value={type}
                      {...register("target.activityTypes")}
                    />
                    {ACTIVITY_LABELS[type]}
                  </label>
                ))}
              </div>
              {errorAt(errors, "target.activityTypes") ? (
                <p className="mt-1 text-sm text-red-700 dark:text-red-400">
                  {errorAt(errors, "target.activityTypes")}
                </p>
              ) : null}
            </fieldset>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A goal without a target can't tell you when it's done. You can add one later.
        </p>
      )}
    </fieldset>
  );
}
