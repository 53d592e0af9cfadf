import {
  checkGoalQuality,
  createGoalInput,
  parentFitProblem,
  targetInput,
  toStoredTarget,
  updateGoalInput,
} from "@stride/domain/goals";
import { type GoalLevel, goalPeriod, periodProblem } from "@stride/domain/periods";
import type { Resolver } from "react-hook-form";
import { nestErrors } from "~/components/form/nest-errors";
import { formPathFor, type GoalFormValues, toApiFields, toCreateInput } from "./form-model";
import type { FormContext, GoalDetail, ParentInfo } from "./types";

export const changesSchema = updateGoalInput.shape.changes;

type Setup = {
  level: GoalLevel;
  parent: ParentInfo | null;
  context: FormContext;
  existing?: Pick<GoalDetail, "goal" | "plan" | "checklist">;
  initial: GoalFormValues;
};

/** An active goal whose target or dates change: an adjustment, which needs a reason. */
export function isAdjusting({ existing, initial, level }: Setup, values: GoalFormValues) {
  if (existing?.goal.status !== "active") return false;
  const before = toApiFields(initial, level);
  const after = toApiFields(values, level);
  return (
    before.periodStart !== after.periodStart ||
    before.periodEnd !== after.periodEnd ||
    JSON.stringify(before.target) !== JSON.stringify(after.target)
  );
}

/** The same zod schema as the server, plus the period rules, checked before anything is sent. */
export function goalResolver(setup: Setup): Resolver<GoalFormValues> {
  const { existing, level, parent, context } = setup;
  return async (values) => {
    const flat: { path: string; message: string }[] = [];
    const parsed = existing
      ? changesSchema.safeParse(toApiFields(values, level))
      : createGoalInput.safeParse(toCreateInput(values, level, parent?.id ?? null));
    for (const issue of parsed.error?.issues ?? []) {
      flat.push({ path: formPathFor(issue.path.join("."), values), message: issue.message });
    }
    const period = goalPeriod(level, values.periodStart, values.periodEnd);
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
    if (isAdjusting(setup, values) && values.reason.trim() === "") {
      flat.push({
        path: "reason",
        message: "Say why you're adjusting the target or dates; it's kept in the goal's history.",
      });
    }
    return flat.length > 0
      ? { values: {}, errors: nestErrors(flat) as never }
      : { values, errors: {} };
  };
}

/** The quality checks the server runs, live as the form changes; they warn and never block. */
export function liveWarnings({ level, parent, existing }: Setup, values: GoalFormValues) {
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
}
