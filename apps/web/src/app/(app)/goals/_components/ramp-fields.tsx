"use client";

import { DEFAULT_RAMP_LIMIT, planRamp } from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { formatNumber } from "@stride/domain/units";
import { useEffect } from "react";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { inlineControl } from "~/components/field";
import { errorAt } from "~/components/form/nest-errors";
import { type GoalFormValues, weeksOfPeriod } from "./form-model";

/**
 * For a meso goal with a weekly total and a starting point: offers to create its weekly micro
 * goals as a ramp that respects the 10% rule, with a lighter fourth week, editable before saving.
 */
export function RampFields({
  form,
  weekStartDay,
}: {
  form: UseFormReturn<GoalFormValues>;
  weekStartDay: WeekDay;
}) {
  const { register, setValue, formState } = form;
  const [split, periodStart, periodEnd, target, hasTarget, weeks] = useWatch({
    control: form.control,
    name: ["split", "periodStart", "periodEnd", "target", "hasTarget", "weeks"],
  });
  const baseline = Number(target.baseline);
  const value = Number(target.value);
  const eligible =
    hasTarget &&
    target.kind === "total" &&
    target.per === "week" &&
    baseline > 0 &&
    value > 0 &&
    target.unit !== "count";
  const weekStarts = eligible ? weeksOfPeriod(periodStart, periodEnd, weekStartDay) : [];
  const ramp = eligible ? planRamp({ baseline, target: value, weeks: weekStarts.length }) : null;
  const rampKey = JSON.stringify([split, weekStarts, ramp?.weeks.map((w) => w.value)]);

  // Recomputed when the block or the numbers change; the amounts stay editable afterwards.
  useEffect(() => {
    if (!split || !ramp) {
      setValue("weeks", []);
      return;
    }
    setValue(
      "weeks",
      weekStarts.map((start, index) => ({
        periodStart: start,
        value: String(ramp.weeks[index]?.value ?? ""),
      })),
    );
  }, [rampKey]);

  if (!eligible) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Tip: give this block a weekly total with a starting point (like from 10 to 15 mi a week) and
        Stride can plan its weeks for you.
      </p>
    );
  }

  return (
    <fieldset className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <legend className="px-1 text-sm font-semibold">Weekly micro goals</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-5" {...register("split")} />
        Split this block into weekly micro goals
      </label>
      {split && ramp ? (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Builds at most {Math.round(DEFAULT_RAMP_LIMIT * 100)}% a week with a lighter fourth
            week.{" "}
            {ramp.reachesTarget
              ? `You reach ${formatNumber(value)} ${target.unit} a week.`
              : `At that pace this block reaches ${formatNumber(ramp.peak)} of ${formatNumber(value)} ${target.unit}; the next block can go on from there.`}
          </p>
          {errorAt(formState.errors, "weeks") ? (
            <p className="text-sm text-red-700 dark:text-red-400">
              {errorAt(formState.errors, "weeks")}
            </p>
          ) : null}
          <table className="w-full text-sm">
            <caption className="sr-only">Planned weekly amounts</caption>
            <thead>
              <tr className="text-left text-zinc-600 dark:text-zinc-400">
                <th className="py-1 font-medium">Week of</th>
                <th className="py-1 font-medium">Amount ({target.unit})</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, index) => (
                <tr key={week.periodStart}>
                  <td className="py-1">
                    {formatCalendarDate(week.periodStart, "d MMM")}
                    {ramp.weeks[index]?.lighter ? (
                      <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">
                        lighter week
                      </span>
                    ) : null}
                  </td>
                  <td className="py-1">
                    <input
                      inputMode="decimal"
                      aria-label={`Amount for the week of ${formatCalendarDate(week.periodStart, "d MMM")}`}
                      className={`w-28 ${inlineControl}`}
                      {...register(`weeks.${index}.value`)}
                    />
                    {errorAt(formState.errors, `weeks.${index}.value`) ? (
                      <span className="ml-2 text-red-700 dark:text-red-400">
                        {errorAt(formState.errors, `weeks.${index}.value`)}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </fieldset>
  );
}
