import type { GoalLevel } from "../periods/rules";
import { type EvaluationContext, evaluateProgress, type ProgressGoal } from "./evaluate";
import type { GoalProgress, GoalTally, ProgressState } from "./types";

export type EvaluatedGoal = ProgressGoal & {
  id: string;
  parentId: string | null;
  level: GoalLevel;
  archived: boolean;
  tally: GoalTally;
};

const LEVEL_ORDER: readonly GoalLevel[] = ["micro", "meso", "macro"];

/**
 * Progress for a set of goals on one day, children before parents, so a goal with no pace of
 * its own reads as its current children do. Give it a goal's children when they matter (the
 * loader does); a child left out is simply not counted.
 */
export function evaluateGoals(
  goals: readonly EvaluatedGoal[],
  context: Omit<EvaluationContext, "childStates">,
): Map<string, GoalProgress> {
  const results = new Map<string, GoalProgress>();
  const current = new Map<string, ProgressState[]>();
  for (const level of LEVEL_ORDER) {
    for (const goal of goals) {
      if (goal.level !== level) continue;
      const progress = evaluateProgress(goal, goal.tally, {
        ...context,
        childStates: current.get(goal.id) ?? [],
      });
      results.set(goal.id, progress);
      const isCurrent =
        !goal.archived &&
        goal.status === "active" &&
        goal.period.start <= context.today &&
        goal.period.end >= context.today;
      if (isCurrent && goal.parentId) {
        const siblings = current.get(goal.parentId) ?? [];
        siblings.push(progress.state);
        current.set(goal.parentId, siblings);
      }
    }
  }
  return results;
}
