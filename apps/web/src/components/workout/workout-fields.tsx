"use client";

import {
  type ArrayPath,
  type FieldArray,
  type FieldValues,
  type Path,
  type PathValue,
  useFieldArray,
  useWatch,
} from "react-hook-form";
import { CheckboxField, inlineControl } from "~/components/field";
import { errorAt } from "~/components/form/nest-errors";
import { StepFields, type WorkoutPartProps } from "./step-fields";
import { blankSet, type WorkoutRows } from "./workout-model";

/**
 * A session's structured workout: a warm-up, sets of work (and recovery) repeated a number of
 * times, a cool-down. "Add workout steps" opens it; the rows are `WorkoutRows`.
 */
export function WorkoutFields<T extends FieldValues>(props: WorkoutPartProps<T>) {
  const { form, name, label, unit } = props;
  const { register, control, formState } = form;
  const at = (field: string) => `${name}.${field}` as Path<T>;
  const rows = useWatch({ control, name: name as Path<T> }) as WorkoutRows | undefined;
  const sets = useFieldArray({ control, name: at("sets") as ArrayPath<T> });
  const setsError = errorAt(formState.errors, `${name}.sets`);

  return (
    <div className="w-full space-y-2">
      {/* A button, not a checkbox: the plan's checkboxes are its days. */}
      <button
        type="button"
        aria-pressed={rows?.enabled ?? false}
        className="min-h-11 text-sm underline"
        onClick={() =>
          form.setValue(at("enabled"), !rows?.enabled as PathValue<T, Path<T>>, {
            shouldDirty: true,
          })
        }
      >
        {rows?.enabled ? "Remove the workout steps" : "Add workout steps"}
        <span className="sr-only"> for {label}</span>
      </button>
      {rows?.enabled ? (
        <div className="space-y-3 border-l-2 border-zinc-200 pl-3 dark:border-zinc-800">
          <EndStep {...props} part="warmup" on={rows.warmup.on} />
          <ol className="space-y-3">
            {sets.fields.map((field, index) => {
              const setLabel = `${label} set ${index + 1}`;
              const countError = errorAt(formState.errors, `${name}.sets.${index}.count`);
              return (
                <li key={field.id} className="space-y-1 rounded-lg bg-zinc-50 p-2 dark:bg-zinc-900">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <input
                      inputMode="numeric"
                      aria-label={`${setLabel}: repeats`}
                      aria-invalid={countError ? true : undefined}
                      className={`${inlineControl} w-16`}
                      {...register(at(`sets.${index}.count`))}
                    />
                    <span>× work</span>
                    {sets.fields.length > 1 ? (
                      <button
                        type="button"
                        className="ml-auto min-h-11 px-2 text-sm underline"
                        onClick={() => sets.remove(index)}
                      >
                        Remove set {index + 1}
                      </button>
                    ) : null}
                  </div>
                  {countError ? (
                    <p className="text-sm text-red-700 dark:text-red-400">{countError}</p>
                  ) : null}
                  <StepFields
                    form={form}
                    name={`${name}.sets.${index}.work`}
                    label={`${setLabel} work`}
                    unit={unit}
                  />
                  <CheckboxField
                    label="then recover"
                    {...register(at(`sets.${index}.hasRecovery`))}
                  />
                  {rows.sets[index]?.hasRecovery ? (
                    <StepFields
                      form={form}
                      name={`${name}.sets.${index}.recovery`}
                      label={`${setLabel} recovery`}
                      unit={unit}
                    />
                  ) : null}
                </li>
              );
            })}
          </ol>
          {setsError ? <p className="text-sm text-red-700 dark:text-red-400">{setsError}</p> : null}
          <button
            type="button"
            className="min-h-11 text-sm underline"
            onClick={() => sets.append(blankSet() as FieldArray<T, ArrayPath<T>>)}
          >
            Add a set
          </button>
          <EndStep {...props} part="cooldown" on={rows.cooldown.on} />
        </div>
      ) : null}
    </div>
  );
}

/** The warm-up or the cool-down: a step the session may go without, ticked to add it. */
function EndStep<T extends FieldValues>({
  form,
  name,
  label,
  unit,
  part,
  on,
}: WorkoutPartProps<T> & { part: "warmup" | "cooldown"; on: boolean }) {
  const title = part === "warmup" ? "Warm-up" : "Cool-down";
  return (
    <div className="space-y-1">
      <CheckboxField label={title} {...form.register(`${name}.${part}.on` as Path<T>)} />
      {on ? (
        <StepFields
          form={form}
          name={`${name}.${part}`}
          label={`${label} ${title.toLowerCase()}`}
          unit={unit}
        />
      ) : null}
    </div>
  );
}
