"use client";

import {
  addDaysTo,
  daysBetween,
  formatCalendarDate,
  type GoalLevel,
  weekEndOf,
} from "@stride/domain/periods";
import type { UseFormReturn } from "react-hook-form";
import { SelectField, TextField } from "~/components/field";
import { fieldsOf } from "~/lib/field-props";
import { type GoalFormValues, planRowsForWeek, weeksOfPeriod } from "./form-model";
import type { FormContext, ParentInfo } from "./types";

/** A micro goal picks its week (its plan moves with it); the other levels pick two dates. */
export function PeriodFields({
  form,
  level,
  parent,
  context,
  periodStart,
}: {
  form: UseFormReturn<GoalFormValues>;
  level: GoalLevel;
  parent: ParentInfo | null;
  context: FormContext;
  periodStart: string;
}) {
  const { getValues, setValue } = form;
  const field = fieldsOf(form);
  if (level !== "micro") {
    const hint = level === "meso" ? "A meso block lasts 2 to 6 weeks." : "Up to 12 months ahead.";
    return (
      <>
        <TextField label="Starts" type="date" {...field("periodStart")} />
        <TextField label="Ends" type="date" hint={hint} {...field("periodEnd")} />
      </>
    );
  }
  const parentWeeks = parent
    ? weeksOfPeriod(parent.periodStart, parent.periodEnd, context.weekStartDay)
    : [];
  const weekChoices =
    parentWeeks.length === 0
      ? Array.from({ length: 8 }, (_, i) => addDaysTo(context.thisWeekStart, 7 * (i - 1)))
      : parentWeeks;
  if (!weekChoices.includes(periodStart)) weekChoices.unshift(periodStart);

  const moveWeek = (newStart: string) => {
    const offset = daysBetween(getValues("periodStart"), newStart);
    const shifted = getValues("plan")
      .filter((row) => row.enabled)
      .map((row) => ({ ...row, day: addDaysTo(row.day, offset) }));
    setValue("periodStart", newStart, { shouldDirty: true });
    setValue("plan", planRowsForWeek(newStart, shifted));
  };
  return (
    <SelectField
      label="Week"
      error={form.formState.errors.periodStart?.message}
      value={periodStart}
      onChange={(e) => moveWeek(e.target.value)}
    >
      {weekChoices.map((week) => (
        <option key={week} value={week}>
          {formatCalendarDate(week, "d MMM")} – {formatCalendarDate(weekEndOf(week), "d MMM yyyy")}
          {week === context.thisWeekStart ? " (this week)" : ""}
        </option>
      ))}
    </SelectField>
  );
}
