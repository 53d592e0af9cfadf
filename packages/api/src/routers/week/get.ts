import {
  findOwnCheckin,
  findOwnMicroGoalsOfWeek,
  listChecklistItems,
  listHabitEntries,
  listOwnActivitiesBetween,
  listOwnGoals,
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
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { loadProgress, progressIn } from "../../services/progress";
import { toActivityDto } from "../activities/dto";
import { toGoalDto } from "../goals/dto";
import { planAmountFromStored } from "../goals/shared";
import { matchPlan } from "./match-plan";

// Goals measured by habit entries: the week shows a stepper with today's count.
const countsHabits = (goal: { targetUnit: string | null; targetKind: string | null }) =>
  goal.targetUnit === "count" || goal.targetKind === "habit_days";

/**
 * The athlete's week: its micro goals with their plans (each session done, today, upcoming or
 * missed), progress rolled up to the meso and macro above, and what was logged.
 */
export const getWeek = profileProcedure
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

    const [micros, sessions, activities, checkin, previousCheckin] = await Promise.all([
      findOwnMicroGoalsOfWeek(db, { viewerId, weekStart }),
      listPlannedSessionsBetween(db, { viewerId, from: weekStart, to: weekEnd }),
      listOwnActivitiesBetween(db, { viewerId, from: weekStart, to: weekEnd }),
      findOwnCheckin(db, { viewerId, weekStart }),
      findOwnCheckin(db, { viewerId, weekStart: addDaysTo(weekStart, -7) }),
    ]);
    const mesos = await listOwnGoals(db, {
      viewerId,
      goalIds: micros.flatMap((g) => (g.parentId ? [g.parentId] : [])),
    });
    const macros = await listOwnGoals(db, {
      viewerId,
      goalIds: mesos.flatMap((g) => (g.parentId ? [g.parentId] : [])),
    });
    const [loaded, items, habits] = await Promise.all([
      loadProgress(db, [...micros, ...mesos, ...macros], {
        distanceUnit: profile.distanceUnit,
        todayOf: () => today,
      }),
      listChecklistItems(db, { viewerId, goalIds: micros.map((g) => g.id) }),
      listHabitEntries(db, {
        viewerId,
        goalIds: micros.filter(countsHabits).map((g) => g.id),
        from: today,
        to: today,
      }),
    ]);
    const byId = new Map([...mesos, ...macros].map((goal) => [goal.id, goal]));
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
      previousWeek: addDaysTo(weekStart, -7),
      nextWeek: addDaysTo(weekStart, 7),
      distanceUnit: profile.distanceUnit,
      checkin: {
        submitted: checkin !== undefined,
        late: checkin?.late ?? false,
        // Only a week that has started can be checked in; the one before is worth a nudge if missing.
        canCheckIn: canCheckIn(weekStart, today),
        previousWeekMissing: previousCheckin === undefined,
      },
      goals: micros.map((goal) => {
        const checklist = items.filter((item) => item.goalId === goal.id);
        const meso = summaryOf(goal.parentId);
        return {
          ...toGoalDto(goal, checklist.length),
          progress: progressIn(loaded, goal.id),
          habitToday: habits.find((h) => h.goalId === goal.id)?.count ?? 0,
          meso,
          macro: summaryOf(meso ? (byId.get(meso.id)?.parentId ?? null) : null),
          plan: sessions
            .filter((session) => session.goalId === goal.id)
            .map((session) => ({
              id: session.id,
              day: session.day,
              time: session.time,
              activityType: session.activityType,
              amount: planAmountFromStored(session.amount, session.targetUnit),
              unit: session.targetUnit,
              note: session.note,
              ...(statuses.get(session.id) ?? { status: "upcoming" as const, activityId: null }),
            })),
        };
      }),
      activities: activities.map((row) => toActivityDto(row, profile.distanceUnit)),
    };
  });
