import type { Database } from "@stride/db/client";
import {
  asCoach,
  type GoalRow,
  listCoachRecentCheckins,
  listGoalsInRange,
  listRunWeeks,
  saveTriageSnapshots,
} from "@stride/db/queries";
import { prefillOutcome, weekAdherence } from "@stride/domain/checkins";
import type { RacePrediction, RecentCheckin } from "@stride/domain/coaching";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import type { GoalProgress } from "@stride/domain/progress";
import { type EffortRun, PREDICTION_WINDOW_DAYS, predictRaceTime } from "@stride/domain/training";
import { loadProgress, progressIn } from "./progress";
import { loadForAthletes } from "./training-load";

const loadToday = (day: { acute: number; chronic: number; ratio: number | null } | undefined) =>
  day ? { acute: day.acute, chronic: day.chronic, ratio: day.ratio } : null;

/**
 * The coach's triage reads one stored snapshot per athlete (docs/progress.md, "Read models"): the
 * athlete's current goals with their progress, this week so far, and the record the signals are
 * computed from. A snapshot is made here when an athlete has none in the coach's unit, when it was
 * made on an earlier day, or before the athlete's latest write (its version).
 */

export type TriageGoal = {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  progress: GoalProgress;
};

export type TriageSnapshot = {
  macros: TriageGoal[];
  mesos: TriageGoal[];
  thisWeek: { goals: number; adherence: number | null };
  lastCheckin: { weekStart: string; submittedAt: string; late: boolean } | null;
  /** The record the signals read: check-ins of the last weeks, and running per week. */
  checkins: RecentCheckin[];
  runDistanceByWeek: [string, number][];
  /** Today's training load: acute and chronic AU a day and their ratio. */
  load: { acute: number; chronic: number; ratio: number | null } | null;
  /** Current race goals with today's prediction and the one four weeks ago. */
  predictions: RacePrediction[];
};

export type TriageAthlete = {
  athleteId: string;
  timeZone: string;
  weekStart: WeekDay;
  readVersion: number;
};

const CHECKIN_WEEKS = 5;
/** The volume signal compares the last finished week with the two before it. */
const RUN_WEEKS = 5;

const isCurrent = (goal: GoalRow, today: string) =>
  goal.status === "active" && goal.periodStart <= today && goal.periodEnd >= today;

/** Each race goal's prediction today and four weeks ago, when there is one today. */
function racePredictions(
  goals: readonly GoalRow[],
  runs: readonly EffortRun[],
  today: string,
): RacePrediction[] {
  return goals.flatMap((goal) => {
    const metres = goal.targetEventDistanceMetres;
    if (goal.targetKind !== "best_performance" || !metres || !goal.targetValue) return [];
    const now = predictRaceTime(runs, metres, today);
    if (!now) return [];
    return [
      {
        title: goal.title,
        goalSeconds: goal.targetValue,
        predicted: now.seconds,
        fourWeeksAgo: predictRaceTime(runs, metres, addDaysTo(today, -28))?.seconds ?? null,
      },
    ];
  });
}

/** Snapshots for these athletes of the coach, made from the read models, saved and returned. */
export async function buildTriageSnapshots(
  db: Database,
  input: { coachId: string; athletes: readonly TriageAthlete[]; distanceUnit: "km" | "mi" },
): Promise<Map<string, TriageSnapshot>> {
  const { coachId, athletes, distanceUnit } = input;
  if (athletes.length === 0) return new Map();
  const athleteIds = athletes.map((a) => a.athleteId);
  const todays = new Map(athletes.map((a) => [a.athleteId, todayIn(a.timeZone)]));
  const sorted = [...todays.values()].sort();
  const minToday = sorted[0] ?? "";
  const maxToday = sorted.at(-1) ?? "";
  const todayOf = (id: string) => todays.get(id) ?? minToday;

  const [goals, checkins, runWeeks] = await Promise.all([
    listGoalsInRange(db, {
      viewer: asCoach(coachId),
      athleteIds,
      from: addDaysTo(minToday, -7),
      to: addDaysTo(maxToday, 7),
    }),
    listCoachRecentCheckins(db, {
      coachId,
      athleteIds,
      from: addDaysTo(minToday, -7 * CHECKIN_WEEKS - 7),
    }),
    listRunWeeks(db, {
      viewer: asCoach(coachId),
      athleteIds,
      from: addDaysTo(minToday, -7 * RUN_WEEKS - 7),
    }),
  ]);
  const [loaded, loads] = await Promise.all([
    loadProgress(db, goals, { distanceUnit, todayOf }),
    loadForAthletes(db, {
      viewer: asCoach(coachId),
      athletes: athletes.map((a) => ({ athleteId: a.athleteId, today: todayOf(a.athleteId) })),
      days: 1,
      // Four weeks back from the 12 weeks a prediction reads, to see where it is heading.
      runDays: PREDICTION_WINDOW_DAYS + 28,
    }),
  ]);

  const snapshots = new Map<string, TriageSnapshot>();
  for (const athlete of athletes) {
    const today = todayOf(athlete.athleteId);
    const own = goals.filter((g) => g.athleteId === athlete.athleteId);
    const summary = (goal: GoalRow): TriageGoal => {
      // The triage shows the state and the summary: the week-by-week list stays on the goal page.
      const { weeks: _weeks, ...progress } = progressIn(loaded, goal.id);
      return {
        id: goal.id,
        title: goal.title,
        periodStart: goal.periodStart,
        periodEnd: goal.periodEnd,
        progress: { ...progress, weeks: [] },
      };
    };
    const thisWeek = weekStartOf(today, athlete.weekStart);
    const micros = own.filter(
      (g) => g.level === "micro" && g.periodStart === thisWeek && g.status !== "abandoned",
    );
    const recent = checkins.filter((c) => c.athleteId === athlete.athleteId);
    const last = recent.at(-1);
    const since = weekStartOf(addDaysTo(today, -7 * RUN_WEEKS), athlete.weekStart);
    snapshots.set(athlete.athleteId, {
      macros: own.filter((g) => g.level === "macro" && isCurrent(g, today)).map(summary),
      mesos: own.filter((g) => g.level === "meso" && isCurrent(g, today)).map(summary),
      thisWeek: {
        goals: micros.length,
        // So far this week: what the check-in would pre-fill for each weekly goal.
        adherence: weekAdherence(micros.map((g) => prefillOutcome(progressIn(loaded, g.id)))),
      },
      lastCheckin: last
        ? {
            weekStart: last.weekStart,
            submittedAt: last.submittedAt.toISOString(),
            late: last.late,
          }
        : null,
      checkins: recent.map(({ weekStart, weekEnd, mood, energy, outcomes }) => ({
        weekStart,
        weekEnd,
        mood,
        energy,
        outcomes,
      })),
      runDistanceByWeek: runWeeks
        .filter((w) => w.athleteId === athlete.athleteId && w.weekStart >= since)
        .map((w) => [w.weekStart, w.distance]),
      load: loadToday(loads.get(athlete.athleteId)?.series.at(-1)),
      predictions: racePredictions(
        own.filter((g) => isCurrent(g, today)),
        loads.get(athlete.athleteId)?.runs ?? [],
        today,
      ),
    });
  }
  await saveTriageSnapshots(
    db,
    athletes.map((a) => ({
      athleteId: a.athleteId,
      distanceUnit,
      asOf: todayOf(a.athleteId),
      version: a.readVersion,
      snapshot: snapshots.get(a.athleteId),
    })),
  );
  return snapshots;
}
