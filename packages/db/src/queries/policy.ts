import { type AnyColumn, and, eq, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import { activities, checkins, coachingLinks, goals, groupMembers, groups } from "../schema";

/*
 * The access policy for queries: the one place that says who may see which rows. Every query that
 * reads or writes someone's data puts one of these in its WHERE, so a stranger's id finds nothing
 * and ending a coaching link or leaving a group removes access at once, in every query alike.
 *
 * A viewer is a person in a role:
 * - `owner`: the athlete themselves (the only role that writes their goals, log and check-ins);
 * - `coach`: a coach, while a coaching link to the athlete lasts; private records stay hidden;
 * - `reader`: whoever may read a record in any role: its owner, their coach, and, for check-ins
 *   shared with groups, a fellow member of one of the owner's groups.
 */
export type Viewer = { as: "owner" | "coach" | "reader"; id: string };

export const asOwner = (id: string): Viewer => ({ as: "owner", id });
export const asCoach = (id: string): Viewer => ({ as: "coach", id });
export const asReader = (id: string): Viewer => ({ as: "reader", id });

type OwnedTable = { athleteId: AnyColumn };
type SharedTable = OwnedTable & { visibility: AnyColumn };

/** Rows that belong to one person (their settings, notifications, feeds): theirs alone. */
export function ownRows(ownerColumn: AnyColumn, ownerId: string): SQL {
  return eq(ownerColumn, ownerId);
}

/**
 * Live (not ended) coaching links: between this coach and this athlete, or all of one coach's or
 * one athlete's. Ending a link ends everything that follows from it at once.
 */
export function liveLinkBetween(input: { coachId?: string; athleteId?: string }): SQL {
  return and(
    input.coachId === undefined ? undefined : eq(coachingLinks.coachId, input.coachId),
    input.athleteId === undefined ? undefined : eq(coachingLinks.athleteId, input.athleteId),
    isNull(coachingLinks.endedAt),
  ) as SQL;
}

/** A live link the viewer is part of, as coach or athlete (either side may end it). */
export function liveLinkOf(viewerId: string): SQL {
  return and(
    isNull(coachingLinks.endedAt),
    or(eq(coachingLinks.coachId, viewerId), eq(coachingLinks.athleteId, viewerId)),
  ) as SQL;
}

/**
 * The athletes a coach coaches now. The roster is one array read once per statement: the
 * athlete's indexes then serve the whole roster in one scan (a correlated EXISTS let the planner
 * scan whole tables instead).
 */
export function coachedBy(coachId: string, athleteColumn: AnyColumn | SQL): SQL {
  return sql`${athleteColumn} = any(array(
    select ${coachingLinks.athleteId} from ${coachingLinks}
    where ${coachingLinks.coachId} = ${coachId} and ${coachingLinks.endedAt} is null
  ))`;
}

/**
 * Groups: a person sees a group only while they are a member. Join `group_members` on this to
 * keep the viewer's own membership row (and with it their role).
 */
export function membershipOf(viewerId: string, groupColumn: AnyColumn = groups.id): SQL {
  return and(eq(groupMembers.groupId, groupColumn), eq(groupMembers.userId, viewerId)) as SQL;
}

/** The viewer is a member of this group (for reads about the group's members). */
export function memberOfGroup(viewerId: string, groupId: string): SQL {
  return sql`exists (
    select 1 from ${groupMembers}
    where ${groupMembers.groupId} = ${groupId} and ${groupMembers.userId} = ${viewerId}
  )`;
}

/** The athletes in `athleteColumn` who are members of this group. */
export function inGroup(groupId: string, athleteColumn: AnyColumn): SQL {
  return sql`${athleteColumn} in (
    select ${groupMembers.userId} from ${groupMembers} where ${groupMembers.groupId} = ${groupId}
  )`;
}

/** The viewer and the athlete in `athleteColumn` are members of one group. */
function sharesAGroupWith(viewerId: string, athleteColumn: AnyColumn): SQL {
  return sql`exists (
    select 1 from ${groupMembers} mine
    join ${groupMembers} theirs on theirs.group_id = mine.group_id
    where mine.user_id = ${viewerId} and theirs.user_id = ${athleteColumn}
  )`;
}

/** What an athlete shows their coach: anything not private (joins whose athlete is known coached). */
export function shownToCoach(table: { visibility: AnyColumn }): SQL {
  return ne(table.visibility, "private");
}

/** What an athlete shares with their groups (the feed and its outcomes, for fellow members). */
export function sharedWithGroups(table: { visibility: AnyColumn }): SQL {
  return eq(table.visibility, "groups");
}

/** Records with a visibility (goals, check-ins): the owner; their coach unless private. */
function sharedVisibleTo(viewer: Viewer, table: SharedTable): SQL {
  const owned = eq(table.athleteId, viewer.id);
  const coached = and(shownToCoach(table), coachedBy(viewer.id, table.athleteId));
  if (viewer.as === "owner") return owned;
  if (viewer.as === "coach") return coached as SQL;
  return or(owned, coached) as SQL;
}

/** Goals: the owner's; a coach's view of the goals the athlete shows them. */
export function goalsVisibleTo(viewer: Viewer, table: SharedTable = goals): SQL {
  return sharedVisibleTo(viewer, table);
}

/**
 * Check-ins: the owner's; their coach's unless private; and for a reader, also check-ins shared
 * with groups by a fellow member of any of the viewer's groups.
 */
export function checkinsVisibleTo(viewer: Viewer, table: SharedTable = checkins): SQL {
  const base = sharedVisibleTo(viewer, table);
  if (viewer.as !== "reader") return base;
  return or(
    base,
    and(sharedWithGroups(table), sharesAGroupWith(viewer.id, table.athleteId)),
  ) as SQL;
}

/**
 * An athlete's records without a visibility of their own (weekly totals, triage snapshots,
 * proposals): the owner's, and their coach's while the link lasts.
 */
export function athleteDataVisibleTo(viewer: Viewer, athleteColumn: AnyColumn): SQL {
  const owned = eq(athleteColumn, viewer.id);
  if (viewer.as === "owner") return owned;
  const coached = coachedBy(viewer.id, athleteColumn);
  return viewer.as === "coach" ? coached : (or(owned, coached) as SQL);
}

/** The log: the owner's activities, and their coach's view of them while the link lasts. */
export function activitiesVisibleTo(viewer: Viewer, table: OwnedTable = activities): SQL {
  return athleteDataVisibleTo(viewer, table.athleteId);
}
