import { activityProblem } from "@stride/domain/activities";
import { DomainError } from "@stride/domain/errors";
import { todayIn } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";

/** Refuses an implausible activity (a 3-minute marathon, next month) with the field to fix. */
export function assertPlausible(
  activity: Parameters<typeof activityProblem>[0],
  profile: Profile,
  fieldFor: (field: string) => string = (field) => field,
) {
  const problem = activityProblem(activity, {
    today: todayIn(profile.timeZone),
    weekStart: profile.weekStart,
  });
  if (problem)
    throw new DomainError("INVALID", problem.message, { field: fieldFor(problem.field) });
}
