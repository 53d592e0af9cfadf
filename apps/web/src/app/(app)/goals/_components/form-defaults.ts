import type { GoalCategory } from "@stride/domain/goals";
import {
  addDaysTo,
  type GoalLevel,
  macroLatestEnd,
  weekEndOf,
  weekStartOf,
} from "@stride/domain/periods";
import { workoutRowsFrom } from "~/components/workout/workout-model";
import {
  defaultTarget,
  type GoalFormValues,
  planRowsForWeek,
  timeText,
  weeksOfPeriod,
} from "./form-model";
import type { FormContext, GoalDetail, ParentInfo } from "./types";

type DefaultsInput = {
  level: GoalLevel;
  parent: ParentInfo | null;
  context: FormContext;
  existing?: Pick<GoalDetail, "goal" | "plan" | "checklist">;
};

/**
 * A new goal starts with the week (so this week's block and week fit under a macro goal made
 * today, whatever the day), inside its parent: a block under a macro goal that starts mid-week
 * starts with it, and keeps that first, partial week (docs/progress.md).
 */
export function defaultPeriod(level: GoalLevel, parent: ParentInfo | null, context: FormContext) {
  if (level === "macro")
    return { start: context.thisWeekStart, end: macroLatestEnd(context.thisWeekStart) };
  const from =
    parent && parent.periodStart > context.thisWeekStart
      ? parent.periodStart
      : context.thisWeekStart;
  let start = weekStartOf(from, context.weekStartDay);
  if (parent && level === "meso" && start < parent.periodStart) start = parent.periodStart;
  if (level === "micro") {
    const weeks = parent
      ? weeksOfPeriod(parent.periodStart, parent.periodEnd, context.weekStartDay)
      : [];
    const week = weeks.includes(context.thisWeekStart)
      ? context.thisWeekStart
      : (weeks[0] ?? start);
    return { start: week, end: weekEndOf(week) };
  }
  const end = addDaysTo(start, 41);
  return { start, end: parent && end > parent.periodEnd ? parent.periodEnd : end };
}

export function defaultValues(props: DefaultsInput): GoalFormValues {
  const { level, parent, context, existing } = props;
  if (existing) {
    const { goal, plan, checklist } = existing;
    const target = goal.targetInput;
    return {
      title: goal.title,
      why: goal.why,
      strategy: goal.strategy,
      category: goal.category,
      visibility: goal.visibility,
      periodStart: goal.periodStart,
      periodEnd: goal.periodEnd,
      hasTarget: target !== null,
      target: target
        ? {
            kind: target.kind,
            unit: target.unit,
            value: target.value === null || target.unit === "time" ? "" : String(target.value),
            baseline: target.baseline === null ? "" : String(target.baseline),
            per: target.per,
            activityTypes: target.activityTypes,
            label: target.label ?? "",
            eventDistanceMetres:
              target.eventDistanceMetres === null ? "" : String(target.eventDistanceMetres),
            time: target.unit === "time" ? timeText(target.value) : "",
          }
        : defaultTarget(goal.category, context.distanceUnit),
      plan: planRowsForWeek(
        goal.periodStart,
        plan.map((s) => ({
          ...s,
          time: s.time ?? "",
          amount: s.amount === null ? "" : String(s.amount),
          workout: workoutRowsFrom(s.workout, context.distanceUnit),
        })),
      ),
      paceUnit: context.distanceUnit,
      checklistText: checklist.map((item) => item.label).join("\n"),
      split: false,
      weeks: [],
      reason: "",
    };
  }
  const period = defaultPeriod(level, parent, context);
  const category: GoalCategory = parent?.category ?? "running";
  return {
    title: "",
    why: "",
    strategy: "",
    category,
    visibility: parent?.visibility ?? "groups",
    periodStart: period.start,
    periodEnd: period.end,
    hasTarget: true,
    target: defaultTarget(category, context.distanceUnit),
    plan: planRowsForWeek(period.start),
    paceUnit: context.distanceUnit,
    checklistText: "",
    split: false,
    weeks: [],
    reason: "",
  };
}
