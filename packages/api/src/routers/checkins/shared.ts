import type { Database } from "@stride/db/client";
import {
  type CheckinGoalRow,
  type CheckinRow,
  findOwnMicroGoalsOfWeek,
  listOwnCheckinsWithOutcomes,
} from "@stride/db/queries";
import { canCheckIn, consistency } from "@stride/domain/checkins";
import { DomainError } from "@stride/domain/errors";
import { addDaysTo, isWeekStart, todayIn } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { loadProgress } from "../../services/progress";

/** The week asked for must start on the athlete's week start day and must have begun. */
export function assertCheckinWeek(weekStart: string, profile: Profile) {
  if (!isWeekStart(weekStart, profile.weekStart)) {
    throw new DomainError(
      "INVALID",
      `A week starts on your week start day (${profile.weekStart}).`,
      {
        field: "weekStart",
      },
    );
  }
  if (!canCheckIn(weekStart, todayIn(profile.timeZone))) {
    throw new DomainError(
      "INVALID",
      "That week hasn't started yet; you can check in once it has.",
      {
        field: "weekStart",
      },
    );
  }
}

/**
 * The week's micro goals with their progress, read as every screen reads it (today: a past week
 * has ended, so its goals are done, partly met or missed), to pre-fill their outcomes.
 */
export async function loadWeekGoals(
  db: Database,
  viewerId: string,
  profile: Profile,
  weekStart: string,
) {
  const goals = await findOwnMicroGoalsOfWeek(db, { ownerId: viewerId, weekStart });
  const today = todayIn(profile.timeZone);
  const loaded = await loadProgress(db, goals, {
    distanceUnit: profile.distanceUnit,
    todayOf: () => today,
    complete: true,
  });
  return { goals, loaded };
}

export async function loadConsistency(db: Database, viewerId: string, profile: Profile) {
  const today = todayIn(profile.timeZone);
  const past = await listOwnCheckinsWithOutcomes(db, {
    ownerId: viewerId,
    from: addDaysTo(today, -7 * 60),
    to: today,
  });
  return consistency(past, { today, weekStart: profile.weekStart });
}

export function toCheckinDto(row: CheckinRow, goals: readonly CheckinGoalRow[]) {
  return {
    id: row.id,
    weekStart: row.weekStart,
    weekEnd: row.weekEnd,
    wentWell: row.wentWell,
    gotInTheWay: row.gotInTheWay,
    nextFocus: row.nextFocus,
    coachOnly: {
      wentWell: row.wentWellCoachOnly,
      gotInTheWay: row.gotInTheWayCoachOnly,
      nextFocus: row.nextFocusCoachOnly,
    },
    mood: row.mood,
    energy: row.energy,
    shareMood: row.shareMood,
    visibility: row.visibility,
    late: row.late,
    version: row.version,
    submittedAt: row.submittedAt,
    goals: goals.map(({ checkinId: _checkinId, ...goal }) => goal),
  };
}
export type CheckinDto = ReturnType<typeof toCheckinDto>;
