import type { Database } from "@stride/db/client";
import {
  computeTallies,
  type GoalRow,
  listRunningChildren,
  listRunWeeks,
  listTallies,
  type ProgressScope,
  refreshProgress,
  storedTargetOf,
  type Viewer,
} from "@stride/db/queries";
import { addDaysTo } from "@stride/domain/periods";
import {
  type EvaluatedGoal,
  evaluateGoals,
  type GoalProgress,
  type GoalTally,
} from "@stride/domain/progress";

/**
 * The one progress loader (docs/progress.md): every screen takes a goal's progress from here,
 * from the stored tallies and the domain's evaluation, so every screen shows the same figures.
 */

export type ProgressReader = {
  /** The viewer's distance unit. */
  distanceUnit: "km" | "mi";
  /** Each athlete's today (in their own time zone). */
  todayOf: (athleteId: string) => string;
  /** The goals include every child of each goal (a whole tree): no need to look for more. */
  complete?: boolean;
};

export type LoadedProgress = {
  progress: Map<string, GoalProgress>;
  tallies: Map<string, GoalTally>;
};

// These read as their current children do (docs/progress.md, "A parent and its children").
const noPaceOfItsOwn = (goal: GoalRow) =>
  !goal.targetKind || goal.targetKind === "milestone" || goal.targetKind === "best_performance";

const isRunning = (goal: GoalRow, today: string) =>
  goal.status === "active" &&
  goal.archivedAt === null &&
  goal.periodStart <= today &&
  goal.periodEnd >= today;

export async function loadProgress(
  db: Database,
  goals: readonly GoalRow[],
  reader: ProgressReader,
  /** Tallies the caller read with the goals (joined in), so they are not read again. */
  known: ReadonlyMap<string, GoalTally | null> = new Map(),
): Promise<LoadedProgress> {
  const all = new Map(goals.map((goal) => [goal.id, goal]));
  const tallies = new Map<string, GoalTally>();
  for (const [id, tally] of known) if (tally) tallies.set(id, tally);
  let parents = reader.complete
    ? []
    : goals.filter((g) => noPaceOfItsOwn(g) && isRunning(g, reader.todayOf(g.athleteId)));
  // A macro reads as its blocks, and a block with no pace as its weeks: two levels at most.
  for (let depth = 0; depth < 2 && parents.length > 0; depth++) {
    const todays = parents.map((p) => reader.todayOf(p.athleteId)).sort();
    const rows = await listRunningChildren(db, {
      parentIds: parents.map((p) => p.id),
      from: todays[0] ?? "",
      to: todays.at(-1) ?? "",
    });
    const added: GoalRow[] = [];
    for (const { goal, tally } of rows) {
      if (all.has(goal.id)) continue;
      all.set(goal.id, goal);
      if (tally) tallies.set(goal.id, tally);
      added.push(goal);
    }
    parents = added.filter((g) => noPaceOfItsOwn(g) && isRunning(g, reader.todayOf(g.athleteId)));
  }
  const wanted = [...all.keys()].filter((id) => !tallies.has(id));
  for (const [id, tally] of await listTallies(db, wanted)) tallies.set(id, tally);
  // A goal written outside the API (an old backup, a hand-made row) has no tally yet: computed
  // from the raw rows here, so a screen is right even before `pnpm db:rebuild-progress`.
  const untallied = [...all.values()].filter((goal) => !tallies.has(goal.id));
  for (const [id, tally] of await computeTallies(db, untallied)) tallies.set(id, tally);

  const byAthlete = new Map<string, EvaluatedGoal[]>();
  for (const goal of all.values()) {
    const list = byAthlete.get(goal.athleteId) ?? [];
    list.push({
      id: goal.id,
      parentId: goal.parentId,
      level: goal.level,
      status: goal.status,
      archived: goal.archivedAt !== null,
      period: { start: goal.periodStart, end: goal.periodEnd },
      target: storedTargetOf(goal),
      tally: tallies.get(goal.id) ?? {
        total: null,
        weeks: [],
        days: {},
        checklist: { done: 0, total: 0 },
      },
    });
    byAthlete.set(goal.athleteId, list);
  }
  const progress = new Map<string, GoalProgress>();
  for (const [athleteId, list] of byAthlete) {
    const results = evaluateGoals(list, {
      today: reader.todayOf(athleteId),
      distanceUnit: reader.distanceUnit,
    });
    for (const goal of goals) {
      const result = results.get(goal.id);
      if (result && goal.athleteId === athleteId) progress.set(goal.id, result);
    }
  }
  return { progress, tallies };
}

/** Progress of one goal from a loaded set (a goal the set lacks has none: a caller's mistake). */
export function progressIn(loaded: LoadedProgress, goalId: string): GoalProgress {
  const progress = loaded.progress.get(goalId);
  if (!progress) throw new Error(`No progress was loaded for goal ${goalId}`);
  return progress;
}

/** Running distance logged per week (metres, by the athlete's week start), for the ramp checks. */
export async function loadRunDistanceByWeek(
  db: Database,
  input: { viewer: Viewer; athleteId: string; from: string; to: string },
): Promise<Map<string, number>> {
  const rows = await listRunWeeks(db, {
    viewer: input.viewer,
    athleteIds: [input.athleteId],
    from: addDaysTo(input.from, -6),
    to: input.to,
  });
  return new Map(rows.map((row) => [row.weekStart, row.distance]));
}

/**
 * Runs a write and rewrites the read models it changes in the same transaction, so a write that
 * fails leaves them as they were and a write that lands never leaves them behind.
 */
export async function writeWithProgress<T>(
  db: Database,
  athleteId: string,
  write: (tx: Database) => Promise<T>,
  scopeOf: (result: T) => Omit<ProgressScope, "athleteId">,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await write(tx);
    await refreshProgress(tx, { athleteId, ...scopeOf(result) });
    return result;
  });
}
