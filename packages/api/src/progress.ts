import type { Database } from "@stride/db/client";
import { dailyTotals, type GoalRow, listHabitEntries } from "@stride/db/queries";
import { addDaysTo } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { computeProgress, type DayTotals, type GoalProgress } from "@stride/domain/progress";
import { targetOf } from "./routers/goals/dto";

export type ProgressData = {
  days: DayTotals[];
  habits: Map<string, { date: string; count: number }[]>;
  today: string;
  profile: Profile;
};

/**
 * Everything progress needs for a set of goals, in two queries: daily totals over the whole
 * span (plus four weeks before, for the pace) and the goals' habit entries.
 */
export async function loadProgressData(
  db: Database,
  input: { viewerId: string; goals: readonly GoalRow[]; today: string; profile: Profile },
): Promise<ProgressData> {
  const starts = input.goals.map((g) => g.periodStart).sort();
  const from = addDaysTo(starts[0] ?? input.today, -28);
  const to = input.today;
  const [days, entries] = await Promise.all([
    dailyTotals(db, { viewerId: input.viewerId, from, to }),
    listHabitEntries(db, {
      viewerId: input.viewerId,
      goalIds: input.goals.map((g) => g.id),
      from,
      to,
    }),
  ]);
  const habits = new Map<string, { date: string; count: number }[]>();
  for (const entry of entries)
    habits.set(entry.goalId, [...(habits.get(entry.goalId) ?? []), entry]);
  return { days, habits, today: input.today, profile: input.profile };
}

export function progressOf(
  goal: GoalRow,
  data: ProgressData,
  checklist: { done: number; total: number } = { done: 0, total: 0 },
): GoalProgress {
  return computeProgress({
    goal: {
      status: goal.status,
      period: { start: goal.periodStart, end: goal.periodEnd },
      target: targetOf(goal),
    },
    days: data.days,
    habits: data.habits.get(goal.id) ?? [],
    checklist,
    today: data.today,
    weekStart: data.profile.weekStart,
    distanceUnit: data.profile.distanceUnit,
  });
}
