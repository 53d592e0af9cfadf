"use client";

import { PACE_ZONE_LABELS, PACE_ZONES, type StepTargetKind } from "@stride/domain/training";
import { type FieldValues, type Path, type UseFormReturn, useWatch } from "react-hook-form";
import { inlineControl, Options } from "~/components/field";
import { errorAt } from "~/components/form/nest-errors";

const TARGET_LABELS: Record<StepTargetKind, string> = {
  open: "No target",
  pace: "Pace range",
  paceZone: "Pace zone",
  heartRateZone: "Heart-rate zone",
  effort: "Effort 1–10",
};

/** One step of a workout: how long (minutes or a distance) and at what target. */
export type WorkoutPartProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  /** The part's path in the form ("plan.2.workout", "plan.2.workout.sets.0.work"). */
  name: string;
  /** What the controls are named after ("Tuesday 10 Mar set 1 work"). */
  label: string;
  /** The athlete's unit: paces are typed per km or per mile. */
  unit: "km" | "mi";
};

export function StepFields<T extends FieldValues>({
  form,
  name,
  label,
  unit,
}: WorkoutPartProps<T>) {
  const { register, formState } = form;
  const at = (field: string) => `${name}.${field}` as Path<T>;
  const target = useWatch({ control: form.control, name: at("target") }) as StepTargetKind;
  const errors = ["amount", "fast", "slow", "hrZone", "effort", "target"]
    .map((field) => errorAt(formState.errors, `${name}.${field}`))
    .filter(Boolean);
  const invalid = (field: string) =>
    errorAt(formState.errors, `${name}.${field}`) ? true : undefined;
  const small = `${inlineControl} w-20`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <input
        inputMode="decimal"
        aria-label={`${label}: how long`}
        aria-invalid={invalid("amount")}
        className={small}
        {...register(at("amount"))}
      />
      <select
        aria-label={`${label}: unit`}
        className={inlineControl}
        {...register(at("lengthUnit"))}
      >
        <option value="min">min</option>
        <option value="m">m</option>
        <option value={unit}>{unit}</option>
      </select>
      <select aria-label={`${label}: target`} className={inlineControl} {...register(at("target"))}>
        {Object.entries(TARGET_LABELS).map(([kind, text]) => (
          <option key={kind} value={kind}>
            {text}
          </option>
        ))}
      </select>
      {target === "pace" ? (
        <>
          <input
            placeholder="4:05"
            aria-label={`${label}: fastest pace per ${unit}`}
            aria-invalid={invalid("fast")}
            className={small}
            {...register(at("fast"))}
          />
          <span aria-hidden="true">–</span>
          <input
            placeholder="4:15"
            aria-label={`${label}: slowest pace per ${unit}`}
            aria-invalid={invalid("slow")}
            className={small}
            {...register(at("slow"))}
          />
          <span className="text-sm">/{unit}</span>
        </>
      ) : null}
      {target === "paceZone" ? (
        <select
          aria-label={`${label}: pace zone`}
          className={inlineControl}
          {...register(at("zone"))}
        >
          <Options values={PACE_ZONES} labels={PACE_ZONE_LABELS} />
        </select>
      ) : null}
      {target === "heartRateZone" ? (
        <input
          inputMode="numeric"
          placeholder="1–5"
          aria-label={`${label}: heart-rate zone`}
          aria-invalid={invalid("hrZone")}
          className={small}
          {...register(at("hrZone"))}
        />
      ) : null}
      {target === "effort" ? (
        <input
          inputMode="numeric"
          placeholder="1–10"
          aria-label={`${label}: effort`}
          aria-invalid={invalid("effort")}
          className={small}
          {...register(at("effort"))}
        />
      ) : null}
      {errors.length > 0 ? (
        <p className="w-full text-sm text-red-700 dark:text-red-400">{errors[0]}</p>
      ) : null}
    </div>
  );
}
