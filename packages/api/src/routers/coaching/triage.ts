import {
  coachDailyTotals,
  coachGoalTotalsBefore,
  countUnansweredComments,
  type GoalRow,
  getCoachThresholds,
  listCoachGoalsInRange,
  listCoachHabitEntries,
  listCoachMicroGoalsUnder,
  listCoachPlannedSessions,
  listCoachRecentCheckins,
  listCoachRoster,
} from "@stride/db/queries";
import { prefillOutcome, weekAdherence } from "@stride/domain/checkins";
import {
  DEFAULT_THRESHOLDS,
  rankAthletes,
  type TriageThresholds,
  tagSchema,
  triageScore,
  triageSignals,
  triageThresholds,
} from "@stride/domain/coaching";
import { addDaysTo, earlierOf, todayIn, weekStartOf } from "@stride/domain/periods";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import {
  groupBy,
  loggedRunDistanceByWeek,
  type ProgressData,
  progressOf,
  rampsOf,
} from "../../progress";

/** The coach's thresholds: their saved ones over the defaults (a bad saved value falls back). */
export function thresholdsFrom(saved: Record<string, number> | undefined): TriageThresholds {
  const parsed = triageThresholds.partial().safeParse(saved ?? {});
  return { ...DEFAULT_THRESHOLDS, ...(parsed.success ? parsed.data : {}) };
}

const UNANSWERED_WINDOW_DAYS = 21;
/** Logged days read one by one: the four-week pace and the ramp's three weeks, with room. */
const RECENT_DAYS = 35;
const CHECKIN_WEEKS = 5;

const isCurrent = (goal: GoalRow, today: string) =>
  goal.status === "active" && goal.periodStart <= today && goal.periodEnd >= today;

/**
 * Every athlete of the coach on one screen, ranked by who needs attention, with the reasons in
 * words. Eleven queries whatever the number of athletes: each covers the whole roster.
 */
export const triage = profileProcedure
  .input(z.object({ tag: tagSchema.nullable().default(null) }))
  .query(async ({ ctx, input }) => {
    const { db, viewerId: coachId, profile } = ctx;
    const coachToday = todayIn(profile.timeZone);
    const [roster, saved] = await Promise.all([
      listCoachRoster(db, coachId),
      getCoachThresholds(db, coachId),
    ]);
    const thresholds = thresholdsFrom(saved);
    const todays = new Map(roster.map((a) => [a.athleteId, todayIn(a.timeZone)]));
    const sortedTodays = [...todays.values()].sort();
    const minToday = sortedTodays[0] ?? coachToday;
    const maxToday = sortedTodays.at(-1) ?? coachToday;

    const goals = await listCoachGoalsInRange(db, {
      coachId,
      from: addDaysTo(minToday, -7),
      to: addDaysTo(maxToday, 7),
    });
    const byAthlete = groupBy(goals, (g) => g.athleteId);
    const blocks = goals.filter((g) => g.level !== "micro");
    const earliest = blocks.reduce(
      (first, g) => earlierOf(first, g.periodStart),
      addDaysTo(minToday, -7 * CHECKIN_WEEKS),
    );
    const from = addDaysTo(earliest, -28);
    // Day by day only for the last weeks (this week, the pace, the ramp); before that, each long
    // goal's own totals, folded to what its progress needs.
    const recentFrom = addDaysTo(minToday, -RECENT_DAYS);
    const [days, earlier, habits, sessions, weeks, checkins, unanswered] = await Promise.all([
      coachDailyTotals(db, { coachId, from: recentFrom, to: maxToday }),
      coachGoalTotalsBefore(db, {
        coachId,
        goalIds: blocks.filter((g) => g.periodStart < recentFrom).map((g) => g.id),
        before: recentFrom,
      }),
      listCoachHabitEntries(db, { coachId, goalIds: goals.map((g) => g.id), from, to: maxToday }),
      listCoachPlannedSessions(db, {
        coachId,
        goalIds: goals.filter((g) => g.level === "micro").map((g) => g.id),
      }),
      listCoachMicroGoalsUnder(db, {
        coachId,
        parentIds: goals.filter((g) => g.level === "meso").map((g) => g.id),
      }),
      listCoachRecentCheckins(db, {
        coachId,
        from: addDaysTo(minToday, -7 * CHECKIN_WEEKS - 7),
      }),
      countUnansweredComments(db, {
        coachId,
        since: new Date(Date.now() - UNANSWERED_WINDOW_DAYS * 86_400_000),
      }),
    ]);
    const daysBy = groupBy(days, (d) => d.athleteId);
    const earlierBy = groupBy(earlier, (d) => d.goalId);
    const checkinsBy = groupBy(checkins, (c) => c.athleteId);
    const habitsBy = groupBy(habits, (h) => h.goalId);
    const plansBy = groupBy(sessions, (s) => s.goalId);
    const ramps = rampsOf(weeks);
    const unansweredBy = new Map(unanswered.map((u) => [u.athleteId, u.count]));
    const coachWeek = weekStartOf(coachToday, profile.weekStart);

    const rows = roster.map((athlete) => {
      const today = todays.get(athlete.athleteId) ?? coachToday;
      const data: ProgressData = {
        days: daysBy.get(athlete.athleteId) ?? [],
        habits: habitsBy,
        plans: plansBy,
        ramps,
        today,
        profile: athlete,
      };
      const own = byAthlete.get(athlete.athleteId) ?? [];
      const thisWeek = weekStartOf(today, athlete.weekStart);
      const withProgress = (goal: GoalRow) => {
        const before = earlierBy.get(goal.id);
        return {
          id: goal.id,
          title: goal.title,
          periodStart: goal.periodStart,
          periodEnd: goal.periodEnd,
          progress: progressOf(goal, before ? { ...data, days: [...before, ...data.days] } : data),
        };
      };
      const macros = own
        .filter((g) => g.level === "macro" && isCurrent(g, today))
        .map(withProgress);
      const mesos = own.filter((g) => g.level === "meso" && isCurrent(g, today)).map(withProgress);
      const micros = own.filter(
        (g) => g.level === "micro" && g.periodStart === thisWeek && g.status !== "abandoned",
      );
      const recent = checkinsBy.get(athlete.athleteId) ?? [];
      const signals = triageSignals(
        {
          today,
          weekStart: athlete.weekStart,
          distanceUnit: profile.distanceUnit,
          checkins: recent,
          // The ramp signal compares the last finished week with the two before it.
          runDistanceByWeek: loggedRunDistanceByWeek(data, addDaysTo(today, -35)),
          mesos: mesos.map((m) => ({
            id: m.id,
            title: m.title,
            periodEnd: m.periodEnd,
            percent: m.progress.percent,
            state: m.progress.state,
          })),
          macros: macros.map((m) => ({
            id: m.id,
            title: m.title,
            state: m.progress.state,
            projection: m.progress.projection,
          })),
          unansweredComments: unansweredBy.get(athlete.athleteId) ?? 0,
        },
        thresholds,
      );
      const last = recent.at(-1);
      return {
        athleteId: athlete.athleteId,
        name: athlete.name,
        tags: athlete.tags,
        reviewed: athlete.reviewedWeek === coachWeek,
        score: triageScore(signals),
        reasons: signals.map(({ kind, reason }) => ({ kind, reason })),
        macros,
        mesos,
        thisWeek: {
          goals: micros.length,
          // So far this week: what the logs say of each weekly goal, as the check-in would pre-fill.
          adherence: weekAdherence(micros.map((g) => prefillOutcome(progressOf(g, data)))),
        },
        lastCheckin: last
          ? { weekStart: last.weekStart, submittedAt: last.submittedAt, late: last.late }
          : null,
      };
    });

    const tags = [...new Set(roster.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
    const tag = input.tag?.toLowerCase();
    return {
      today: coachToday,
      week: coachWeek,
      distanceUnit: profile.distanceUnit,
      thresholds,
      tags,
      athletes: rankAthletes(
        tag ? rows.filter((row) => row.tags.some((t) => t.toLowerCase() === tag)) : rows,
      ),
    };
  });
