import { type AnyColumn, and, ne, type SQL, sql } from "drizzle-orm";
import { coachingLinks, goals } from "../schema";

/**
 * Access policy for coaches: a coach sees an athlete's records only while a coaching link
 * between them has not ended. Every coach query puts this in its WHERE, so ending the link
 * removes access at once, and anyone else's id finds nothing.
 */
export function coachedBy(coachId: string, athleteColumn: AnyColumn | SQL): SQL {
  // The roster as one array, read once per statement: the athlete's indexes then serve the
  // whole roster in one scan (a correlated EXISTS let the planner scan whole tables instead).
  return sql`${athleteColumn} = any(array(
    select ${coachingLinks.athleteId} from ${coachingLinks}
    where ${coachingLinks.coachId} = ${coachId} and ${coachingLinks.endedAt} is null
  ))`;
}

/** A goal the athlete shows their coach (anything but private), while the link lasts. */
export function goalVisibleToCoach(coachId: string) {
  return and(ne(goals.visibility, "private"), coachedBy(coachId, goals.athleteId));
}
