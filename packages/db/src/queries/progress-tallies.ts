import type { StoredTarget } from "@stride/domain/goals";
import { addDaysTo } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { type GoalTally, type HabitDay, tallyGoal } from "@stride/domain/progress";
import { and, asc, eq, gte, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  checklistItems,
  goalProgress,
  goals,
  habitEntries,
  plannedSessions,
  profiles,
} from "../schema";
import { dailyTotalsForAthletes } from "./activities";
import type { GoalRow } from "./goals";
import { isAnyOf } from "./id-list";

/**
 * The goal read model (docs/progress.md, "Read models"): each goal's tally, rewritten in the
 * transaction of the write that changes it. Only this file writes `goal_progress`.
 */

/** The stored target of a goal row (null without one). */
export function storedTargetOf(row: GoalRow): StoredTarget | null {
  if (!row.targetKind || !row.targetUnit || !row.targetPer) return null;
  return {
    kind: row.targetKind,
    unit: row.targetUnit as StoredTarget["unit"],
    value: row.targetValue,
    baseline: row.targetBaseline,
    per: row.targetPer,
    activityTypes: row.targetActivityTypes,
    label: row.targetLabel,
    eventDistanceMetres: row.targetEventDistanceMetres,
  };
}

const usesHabits = (row: GoalRow) => row.targetUnit === "count" || row.targetKind === "habit_days";

/** A goal's own entries and its descendants', the largest count on a day with several. */
function habitsFor(
  goal: GoalRow,
  entries: Map<string, HabitDay[]>,
  childrenOf: Map<string, string[]>,
): HabitDay[] {
  const ids = [goal.id];
  for (let i = 0; i < ids.length; i++) ids.push(...(childrenOf.get(ids[i] ?? "") ?? []));
  const byDate = new Map<string, number>();
  for (const id of ids)
    for (const entry of entries.get(id) ?? [])
      byDate.set(entry.date, Math.max(byDate.get(entry.date) ?? 0, entry.count));
  return [...byDate].map(([date, count]) => ({ date, count }));
}

function push<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * Tallies for the given goals (of any athletes), from the raw rows: a fixed number of queries
 * however many goals, then the domain's `tallyGoal` for each.
 */
export async function computeTallies(
  db: Database,
  targets: readonly GoalRow[],
): Promise<Map<string, GoalTally>> {
  const result = new Map<string, GoalTally>();
  if (targets.length === 0) return result;
  const athleteIds = [...new Set(targets.map((g) => g.athleteId))];
  const mesoIds = targets.filter((g) => g.level === "meso").map((g) => g.id);
  const habitGoalIds = targets.filter(usesHabits).map((g) => g.id);
  const checklistIds = targets.filter((g) => g.targetKind === "checklist").map((g) => g.id);

  const weekStarts = new Map(
    (
      await db
        .select({ id: profiles.userId, weekStart: profiles.weekStart })
        .from(profiles)
        .where(isAnyOf(profiles.userId, athleteIds))
    ).map((p) => [p.id, p.weekStart as WeekDay]),
  );
  // Whole weeks around every period: a weekly target counts the whole of its first and last week.
  const from = targets.map((g) => g.periodStart).sort()[0] ?? "";
  const to =
    targets
      .map((g) => g.periodEnd)
      .sort()
      .at(-1) ?? "";

  const [children, descendants, days, counts] = await Promise.all([
    mesoIds.length === 0
      ? []
      : db
          .select()
          .from(goals)
          .where(
            and(
              isAnyOf(goals.parentId, mesoIds),
              eq(goals.level, "micro"),
              isNull(goals.archivedAt),
            ),
          )
          .orderBy(asc(goals.periodStart), asc(goals.position)),
    habitGoalIds.length === 0 ? [] : listDescendants(db, habitGoalIds),
    dailyTotalsForAthletes(db, { athleteIds, from: addDaysTo(from, -6), to: addDaysTo(to, 6) }),
    checklistIds.length === 0
      ? []
      : db
          .select({
            goalId: checklistItems.goalId,
            total: sql<number>`count(*)`.mapWith(Number),
            done: sql<number>`count(${checklistItems.doneOn})`.mapWith(Number),
          })
          .from(checklistItems)
          .where(isAnyOf(checklistItems.goalId, checklistIds))
          .groupBy(checklistItems.goalId),
  ]);
  const childrenOf = new Map<string, string[]>();
  for (const row of descendants) if (row.parentId) push(childrenOf, row.parentId, row.id);
  const habitIds = [...new Set([...habitGoalIds, ...descendants.map((d) => d.id)])];
  const planGoalIds = [
    ...targets.filter((g) => g.level === "micro").map((g) => g.id),
    ...children.map((c) => c.id),
  ];
  const [sessions, entries] = await Promise.all([
    planGoalIds.length === 0
      ? []
      : db
          .select({
            goalId: plannedSessions.goalId,
            day: plannedSessions.day,
            amount: plannedSessions.amount,
          })
          .from(plannedSessions)
          .where(isAnyOf(plannedSessions.goalId, planGoalIds)),
    habitIds.length === 0
      ? []
      : db
          .select({
            goalId: habitEntries.goalId,
            date: habitEntries.date,
            count: habitEntries.count,
          })
          .from(habitEntries)
          .where(
            and(
              isAnyOf(habitEntries.goalId, habitIds),
              gte(habitEntries.date, addDaysTo(from, -6)),
              lte(habitEntries.date, addDaysTo(to, 6)),
            ),
          ),
  ]);

  const daysBy = new Map<string, typeof days>();
  for (const day of days) push(daysBy, day.athleteId, day);
  const plansBy = new Map<string, { day: string; amount: number | null }[]>();
  for (const s of sessions) push(plansBy, s.goalId, { day: s.day, amount: s.amount });
  const entriesBy = new Map<string, HabitDay[]>();
  for (const e of entries) push(entriesBy, e.goalId, { date: e.date, count: e.count });
  const childrenBy = new Map<string, GoalRow[]>();
  for (const c of children) if (c.parentId) push(childrenBy, c.parentId, c);
  const checklistBy = new Map(counts.map((c) => [c.goalId, c]));

  for (const goal of targets) {
    const weekStart = weekStarts.get(goal.athleteId) ?? "monday";
    const checklist = checklistBy.get(goal.id);
    result.set(
      goal.id,
      tallyGoal({
        goal: {
          level: goal.level,
          period: { start: goal.periodStart, end: goal.periodEnd },
          target: storedTargetOf(goal),
        },
        weekStart,
        days: daysBy.get(goal.athleteId) ?? [],
        habits: usesHabits(goal) ? habitsFor(goal, entriesBy, childrenOf) : [],
        checklist: { done: checklist?.done ?? 0, total: checklist?.total ?? 0 },
        plan: plansBy.get(goal.id) ?? [],
        children: (childrenBy.get(goal.id) ?? []).map((child) => ({
          period: { start: child.periodStart, end: child.periodEnd },
          target: storedTargetOf(child),
          status: child.status,
          plan: plansBy.get(child.id) ?? [],
        })),
      }),
    );
  }
  return result;
}

/** Children and grandchildren of the given goals (ids and parents). */
async function listDescendants(db: Database, ids: readonly string[]) {
  return db
    .select({ id: goals.id, parentId: goals.parentId })
    .from(goals)
    .where(
      sql`${goals.parentId} = any(${sql.param([...ids])}::uuid[]) or ${goals.parentId} in (
        select g.id from goals g where g.parent_id = any(${sql.param([...ids])}::uuid[]))`,
    );
}

/** Writes tallies (insert or replace), in chunks that keep a statement's parameters bounded. */
export async function writeTallies(
  db: Database,
  rows: readonly GoalRow[],
  tallies: Map<string, GoalTally>,
) {
  const values = rows.flatMap((goal) => {
    const tally = tallies.get(goal.id);
    return tally
      ? [{ goalId: goal.id, athleteId: goal.athleteId, tally, updatedAt: new Date() }]
      : [];
  });
  for (let i = 0; i < values.length; i += 500) {
    await db
      .insert(goalProgress)
      .values(values.slice(i, i + 500))
      .onConflictDoUpdate({
        target: goalProgress.goalId,
        set: { tally: sql`excluded.tally`, updatedAt: sql`excluded.updated_at` },
      });
  }
}

export type ProgressScope = {
  athleteId: string;
  /** Goals whose own rows changed (target, period, status, plan, checklist, habit entries):
   * they and their ancestors are rewritten. */
  goalIds?: readonly string[];
  /** Days whose activities changed: every goal whose weeks hold one of them is rewritten. */
  dates?: readonly string[];
  /** Every goal of the athlete (their week start changed). */
  all?: boolean;
};

/** The goals a write touches: by id with their ancestors, and every goal whose weeks hold a date. */
function affected(scope: ProgressScope): SQL {
  const conditions: SQL[] = [];
  if (scope.all) conditions.push(sql`true`);
  if (scope.goalIds?.length) {
    conditions.push(sql`${goals.id} in (
      with recursive up(id, parent_id) as (
        select g.id, g.parent_id from goals g
        where g.athlete_id = ${scope.athleteId} and g.id = any(${sql.param([...scope.goalIds])}::uuid[])
        union select g.id, g.parent_id from goals g join up on g.id = up.parent_id)
      select id from up)`);
  }
  if (scope.dates?.length) {
    const sorted = [...scope.dates].sort();
    // A weekly target counts its first and last weeks whole: six days either side may count.
    conditions.push(
      and(
        lte(goals.periodStart, addDaysTo(sorted.at(-1) ?? "", 6)),
        gte(goals.periodEnd, addDaysTo(sorted[0] ?? "", -6)),
      ) as SQL,
    );
  }
  return conditions.length === 0 ? sql`false` : sql.join(conditions, sql` or `);
}

/**
 * Rewrites the tallies a write changed and makes the athlete's triage snapshots stale, inside the
 * caller's transaction. Writers of one athlete take turns (an advisory lock), and each reads the
 * rows after the lock, so twenty activities logged at once leave exact tallies.
 */
export async function refreshProgress(db: Database, scope: ProgressScope): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`progress:${scope.athleteId}`}))`);
    const rows = await tx
      .select()
      .from(goals)
      .where(and(eq(goals.athleteId, scope.athleteId), affected(scope)));
    await writeTallies(tx, rows, await computeTallies(tx, rows));
    // Any triage snapshot made before this write is now stale.
    await tx
      .update(profiles)
      .set({ readVersion: sql`${profiles.readVersion} + 1` })
      .where(eq(profiles.userId, scope.athleteId));
  });
}
