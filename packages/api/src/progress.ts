import type { Database } from "@stride/db/client";
import {
  dailyTotals,
  type GoalRow,
  listHabitEntries,
  listOwnMicroGoalsUnder,
  listPlannedSessions,
} from "@stride/db/queries";
import { addDaysTo, weekStartOf } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { computeProgress, type DayTotals, type GoalProgress } from "@stride/domain/progress";
import { targetOf } from "./routers/goals/dto";

export type ProgressData = {
  days: DayTotals[];
  habits: Map<string, { date: string; count: number }[]>;
  /** Planned amounts per micro goal: its sessions' days and amounts (stored units). */
  plans: Map<string, { day: string; amount: number | null }[]>;
  /** Each block's weekly micro targets by week start (stored units). */
  ramps: Map<string, Map<string, number>>;
  today: string;
  profile: Pick<Profile, "weekStart" | "distanceUnit">;
};

/** Groups items by a key (null keys left out), keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Each block's weekly micro targets by week start (stored units). */
export function rampsOf(
  weeks: readonly { parentId: string | null; periodStart: string; targetValue: number | null }[],
) {
  const ramps = new Map<string, Map<string, number>>();
  for (const [parentId, children] of groupBy(weeks, (w) => w.parentId)) {
    ramps.set(
      parentId,
      new Map(
        children.flatMap((c) =>
          c.targetValue === null ? [] : [[c.periodStart, c.targetValue] as const],
        ),
      ),
    );
  }
  return ramps;
}

/**
 * Everything progress needs for a set of goals, in four queries whatever their number: daily
 * totals over the whole span (plus four weeks before, for the pace), habit entries, the micro
 * goals' planned sessions and the blocks' weekly ramps.
 */
export async function loadProgressData(
  db: Database,
  input: {
    viewerId: string;
    goals: readonly GoalRow[];
    today: string;
    profile: ProgressData["profile"];
  },
): Promise<ProgressData> {
  const { viewerId } = input;
  const starts = input.goals.map((g) => g.periodStart).sort();
  const from = addDaysTo(starts[0] ?? input.today, -28);
  const micros = input.goals.filter((g) => g.level === "micro").map((g) => g.id);
  const mesos = input.goals.filter((g) => g.level === "meso").map((g) => g.id);
  const [days, entries, sessions, weeks] = await Promise.all([
    dailyTotals(db, { viewerId, from, to: input.today }),
    listHabitEntries(db, {
      viewerId,
      goalIds: input.goals.map((g) => g.id),
      from,
      to: input.today,
    }),
    listPlannedSessions(db, { viewerId, goalIds: micros }),
    listOwnMicroGoalsUnder(db, { viewerId, parentIds: mesos }),
  ]);
  return {
    days,
    habits: groupBy(entries, (e) => e.goalId),
    plans: groupBy(sessions, (s) => s.goalId),
    ramps: rampsOf(weeks),
    today: input.today,
    profile: input.profile,
  };
}

export function progressOf(
  goal: GoalRow,
  data: ProgressData,
  checklist: { done: number; total: number } = { done: 0, total: 0 },
): GoalProgress {
  const plan = data.plans.get(goal.id) ?? [];
  const planned = plan.filter((s) => s.amount !== null);
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
    plannedByWeek: data.ramps.get(goal.id),
    plannedToDate:
      planned.length > 0
        ? planned.filter((s) => s.day <= data.today).reduce((sum, s) => sum + (s.amount ?? 0), 0)
        : null,
  });
}

/**
 * Running distance logged per week (by the athlete's week start), for the 10% ramp check; from
 * `since` on when only recent weeks matter.
 */
export function loggedRunDistanceByWeek(data: ProgressData, since?: string): Map<string, number> {
  const weeks = new Map<string, number>();
  for (const day of data.days) {
    if (day.type !== "run" || (since !== undefined && day.date < since)) continue;
    const week = weekStartOf(day.date, data.profile.weekStart);
    weeks.set(week, (weeks.get(week) ?? 0) + day.distance);
  }
  return weeks;
}
