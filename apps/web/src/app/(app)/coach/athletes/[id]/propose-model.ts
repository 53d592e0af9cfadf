import { type ProposeInput, proposeInput } from "@stride/domain/coaching";
import type { GoalCategory, TargetInput, Visibility } from "@stride/domain/goals";
import { addDaysTo, type GoalLevel, goalPeriod } from "@stride/domain/periods";
import { schemaResolver } from "~/lib/schema-resolver";

export type GoalShape = {
  id: string;
  title: string;
  level: GoalLevel;
  periodStart: string;
  periodEnd: string;
  targetInput: TargetInput | null;
  visibility: Visibility;
  category: GoalCategory;
};

/** A change to `goal` itself, or a new goal one level under it. */
export type ProposeMode = { kind: "change" } | { kind: "goal"; level: "meso" | "micro" };

export type ProposeFormValues = {
  title: string;
  value: string;
  periodStart: string;
  periodEnd: string;
  note: string;
};

export function proposeDefaults(goal: GoalShape, mode: ProposeMode): ProposeFormValues {
  return mode.kind === "change"
    ? {
        title: goal.title,
        value: goal.targetInput?.value?.toString() ?? "",
        periodStart: goal.periodStart,
        periodEnd: goal.periodEnd,
        note: "",
      }
    : {
        title: "",
        value: "",
        periodStart: goal.periodStart,
        periodEnd: addDaysTo(goal.periodStart, 27),
        note: "",
      };
}

/** What the server is sent: for a change only what differs; a micro goal's end from its start. */
export function toProposeInput(
  values: ProposeFormValues,
  athleteId: string,
  goal: GoalShape,
  mode: ProposeMode,
): ProposeInput {
  if (mode.kind === "change") {
    const amount = Number(values.value);
    const period = goalPeriod(goal.level, values.periodStart, values.periodEnd);
    return {
      kind: "change",
      athleteId,
      goalId: goal.id,
      note: values.note,
      changes: {
        target:
          goal.targetInput && values.value !== "" && amount !== goal.targetInput.value
            ? { ...goal.targetInput, value: amount }
            : undefined,
        periodStart: period.start !== goal.periodStart ? period.start : undefined,
        periodEnd: period.end !== goal.periodEnd ? period.end : undefined,
      },
    };
  }
  const period = goalPeriod(mode.level, values.periodStart, values.periodEnd);
  return {
    kind: "goal",
    athleteId,
    note: values.note,
    goal: {
      level: mode.level,
      parentId: goal.id,
      title: values.title,
      why: "",
      strategy: "",
      category: goal.category,
      visibility: goal.visibility === "private" ? "coach" : goal.visibility,
      target:
        goal.targetInput && values.value !== ""
          ? { ...goal.targetInput, per: "week", value: Number(values.value), baseline: null }
          : null,
      periodStart: period.start,
      periodEnd: period.end,
      plan: [],
      checklist: [],
      weeks: [],
    },
  } as ProposeInput;
}

/** Server paths ("changes.target.value", "goal.periodEnd") to the form's fields. */
export function proposeFieldOf(path: string): keyof ProposeFormValues | null {
  const field = path.replace(/^(changes|goal)\./, "");
  if (field.startsWith("target")) return "value";
  if (["title", "periodStart", "periodEnd", "note"].includes(field))
    return field as keyof ProposeFormValues;
  return null;
}

export function proposeResolver(athleteId: string, goal: GoalShape, mode: ProposeMode) {
  return schemaResolver<ProposeFormValues>(
    proposeInput,
    (values) => toProposeInput(values, athleteId, goal, mode),
    proposeFieldOf,
  );
}
