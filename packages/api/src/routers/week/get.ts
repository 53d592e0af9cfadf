import {
  asOwner,
  findOwnWeekWithBlocks,
  type GoalRow,
  listHabitEntries,
  listOwnActivitiesBetween,
  listOwnCheckinWeeks,
  listPlannedSessionsBetween,
} from "@stride/db/queries";
import { canCheckIn } from "@stride/domain/checkins";
import { DomainError } from "@stride/domain/errors";
import {
  addDaysTo,
  calendarDateSchema,
  isWeekStart,
  todayIn,
  weekStartOf,
} from "@stride/domain/periods";
import type { GoalTally } from "@stride/domain/progress";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { toActivityDto } from "../../services/activity-dto";
import { toGoalDto } from "../../services/goal-dto";
import { loadProgress, progressIn } from "../../services/progress";
import { plannedSessionView, workoutReaderFor } from "../../services/workouts";
import { matchPlan } from "./match-plan";

// Goals measured by habit entries: the week shows a stepper with today's count.
const countsHabits = (goal: { targetUnit: string | null; targetKind: string | null }) =>
  goal.targetUnit === "count" || goal.targetKind === "habit_days";

/**
 * The athlete's week: its micro goals with their plans (each session done, today, upcoming or
 * missed), progress rolled up to the meso and macro above, and what was logged.
 */
export const get = profileProcedure
  .input(z.object({ weekStart: calendarDateSchema.nullable() }))
  .query(async ({ ctx, input }) => {
    const { db, viewerId, profile } = ctx;
    const today = todayIn(profile.timeZone);
    const weekStart = input.weekStart ?? weekStartOf(today, profile.weekStart);
    if (!isWeekStart(weekStart, profile.weekStart)) {
      throw new DomainError(
        "INVALID",
        `A week starts on your week start day (${profile.weekStart}).`,
        { field: "weekStart" },
      );
    }
    const weekEnd = addDaysTo(weekStart, 6);

    const previousWeek = addDaysTo(weekStart, -7);
    // The week's goals with their blocks and tallies, its plan, its log and its check-ins: four
    // statements side by side, whatever the number of goals.
    const [chain, sessions, activities, checkins] = await Promise.all([
      findOwnWeekWithBlocks(db, { ownerId: viewerId, weekStart }),
      listPlannedSessionsBetween(db, {
        viewer: asOwner(viewerId),
        athleteId: viewerId,
        from: weekStart,
        to: weekEnd,
      }),
      listOwnActivitiesBetween(db, { ownerId: viewerId, from: weekStart, to: weekEnd }),
      listOwnCheckinWeeks(db, { ownerId: viewerId, weekStarts: [weekStart, previousWeek] }),
    ]);
    const micros = chain.map((row) => row.micro);
    const above = new Map<string, GoalRow>();
    const known = new Map<string, GoalTally | null>();
    for (const row of chain) {
      known.set(row.micro.id, row.microTally);
      if (row.meso) {
        above.set(row.meso.id, row.meso);
        known.set(row.meso.id, row.mesoTally);
      }
      if (row.macro) {
        above.set(row.macro.id, row.macro);
        known.set(row.macro.id, row.macroTally);
      }
    }
    const checkin = checkins.find((c) => c.weekStart === weekStart);
    const [loaded, habits, reader] = await Promise.all([
      loadProgress(
        db,
        [...micros, ...above.values()],
        { distanceUnit: profile.distanceUnit, todayOf: () => today },
        known,
      ),
      listHabitEntries(db, {
        ownerId: viewerId,
        goalIds: micros.filter(countsHabits).map((g) => g.id),
        from: today,
        to: today,
      }),
      workoutReaderFor(db, {
        viewer: asOwner(viewerId),
        athleteId: viewerId,
        distanceUnit: profile.distanceUnit,
        workouts: sessions.map((session) => session.workout),
      }),
    ]);
    const byId = above;
    const statuses = matchPlan(sessions, activities, today);
    const summaryOf = (id: string | null) => {
      const goal = id ? byId.get(id) : undefined;
      return goal
        ? {
            id: goal.id,
            title: goal.title,
            level: goal.level,
            progress: progressIn(loaded, goal.id),
          }
        : null;
    };

    return {
      weekStart,
      weekEnd,
      today,
      isThisWeek: today >= weekStart && today <= weekEnd,
      previousWeek,
      nextWeek: addDaysTo(weekStart, 7),
      distanceUnit: profile.distanceUnit,
      checkin: {
        submitted: checkin !== undefined,
        late: checkin?.late ?? false,
        // Only a week that has started can be checked in; the one before is worth a nudge if missing.
        canCheckIn: canCheckIn(weekStart, today),
        previousWeekMissing: !checkins.some((c) => c.weekStart === previousWeek),
      },
      goals: micros.map((goal) => {
        const meso = summaryOf(goal.parentId);
        return {
          ...toGoalDto(goal, loaded.tallies.get(goal.id)?.checklist.total ?? 0),
          progress: progressIn(loaded, goal.id),
          habitToday: habits.find((h) => h.goalId === goal.id)?.count ?? 0,
          meso,
          macro: summaryOf(meso ? (byId.get(meso.id)?.parentId ?? null) : null),
          plan: sessions
            .filter((session) => session.goalId === goal.id)
            .map((session) => ({
              ...plannedSessionView(session, reader),
              ...(statuses.get(session.id) ?? { status: "upcoming" as const, activityId: null }),
            })),
        };
      }),
      activities: activities.map((row) => toActivityDto(row, profile.distanceUnit)),
    };
  });
