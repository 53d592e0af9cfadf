import type { CreateGoalInput } from "../goals/schemas";
import { toStoredTarget } from "../goals/targets";
import { retitle } from "../goals/titles";
import { addDaysTo, type CalendarDate, weekStartOf } from "../periods/calendar";
import type { WeekDay } from "../profile/schemas";
import { convertStored, formatNumber, toStored } from "../units";
import type { TemplateFields } from "./schemas";

export type ExpandedPlan = { meso: CreateGoalInput; micros: CreateGoalInput[] };

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A distance in the template's unit as the athlete's (a miles template for a kilometre runner
 * becomes kilometres: their goals, sessions and progress read in their own unit).
 */
function converterTo(from: string | undefined, unit: "km" | "mi" | undefined) {
  const distance = from === "km" || from === "mi";
  if (!distance || !unit || unit === from) return { unit: from, amount: (n: number) => n };
  return { unit, amount: (n: number) => round2(convertStored(toStored(n, from), unit)) };
}

/**
 * The first day of the athlete's plan: their first week start on or after the chosen date, so a
 * plan never starts in the middle of one of their weeks nor before the day the coach picked.
 */
export function planStartFor(startDate: CalendarDate, weekStart: WeekDay): CalendarDate {
  const week = weekStartOf(startDate, weekStart);
  return week === startDate ? week : addDaysTo(week, 7);
}

/**
 * A template made concrete for one athlete: the meso goal over all its weeks and one micro goal
 * per week with its sessions on real days. The goals are created only when the athlete accepts.
 */
export function expandTemplate(
  template: TemplateFields,
  input: {
    startDate: CalendarDate;
    weekStart: WeekDay;
    parentId: string | null;
    /** The athlete's unit: a week titled from its amount ("Run 11 mi") is written in it. */
    distanceUnit?: "km" | "mi";
  },
): ExpandedPlan {
  const start = planStartFor(input.startDate, input.weekStart);
  const convert = converterTo(template.target?.unit, input.distanceUnit);
  const amountOf = (n: number | null) => (n === null ? null : convert.amount(n));
  const targetAt = (
    value: number | null,
    baseline: number | null,
    per: NonNullable<TemplateFields["target"]>["per"],
  ) =>
    template.target
      ? {
          ...template.target,
          unit: (convert.unit ?? template.target.unit) as typeof template.target.unit,
          per,
          value: amountOf(value),
          baseline: amountOf(baseline),
        }
      : null;
  const end = addDaysTo(start, template.weeks.length * 7 - 1);
  const common = {
    why: template.why,
    category: template.category,
    visibility: template.visibility,
    checklist: [],
    weeks: [],
  };
  const meso: CreateGoalInput = {
    ...common,
    level: "meso",
    parentId: input.parentId,
    title: template.title,
    strategy: "",
    periodStart: start,
    periodEnd: end,
    target: template.target
      ? targetAt(template.target.value, template.target.baseline, template.target.per)
      : null,
    plan: [],
  };
  const micros = template.weeks.map((week, index): CreateGoalInput => {
    const weekStart = addDaysTo(start, index * 7);
    const target =
      template.target && week.value !== null
        ? toStoredTarget({ ...template.target, per: "week", value: week.value, baseline: null })
        : null;
    return {
      ...common,
      why: "",
      level: "micro",
      parentId: null,
      title: retitle(week.title, target, target, input.distanceUnit) ?? week.title,
      strategy: week.strategy,
      periodStart: weekStart,
      periodEnd: addDaysTo(weekStart, 6),
      // Each week's target is the template's, per week, at this week's amount.
      target: week.value !== null ? targetAt(week.value, null, "week") : null,
      plan: week.sessions.map((session) => ({
        day: addDaysTo(weekStart, session.dayOffset),
        time: session.time,
        activityType: session.activityType,
        amount: amountOf(session.amount),
        note: session.note,
        workout: session.workout ?? null,
      })),
    };
  });
  return { meso, micros };
}

export type TemplateWarning = { week: number; message: string };

/**
 * The 10% ramp applied to a template's weekly distances: a week more than the limit above the
 * larger of the two weeks before it is flagged (so the week after a lighter week is not).
 */
export function templateRampWarnings(
  template: Pick<TemplateFields, "target" | "weeks">,
  rampLimitPercent: number,
): TemplateWarning[] {
  const target = template.target;
  const isDistance =
    target?.kind === "total" &&
    (target.unit === "km" || target.unit === "mi" || target.unit === "m");
  if (!target || !isDistance) return [];
  const values = template.weeks.map((week) => week.value);
  const warnings: TemplateWarning[] = [];
  // The baseline ("from 10 mi") stands for the week before the plan.
  const history: number[] = target.baseline ? [target.baseline] : [];
  values.forEach((value, index) => {
    const before = Math.max(0, ...history.slice(-2));
    if (value !== null && before > 0) {
      const increase = value / before - 1;
      if (increase * 100 > rampLimitPercent + 1e-9) {
        warnings.push({
          week: index + 1,
          message: `Week ${index + 1} (${formatNumber(value)} ${target.unit}) is ${Math.round(increase * 100)}% more than ${formatNumber(before)} ${target.unit}, above the ${rampLimitPercent}% ramp limit.`,
        });
      }
    }
    if (value !== null) history.push(value);
  });
  return warnings;
}
