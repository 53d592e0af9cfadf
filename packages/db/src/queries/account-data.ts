import { and, asc, eq, inArray, isNull, ne, or } from "drizzle-orm";
import type { Database } from "../client";
import {
  activities,
  activityStreams,
  checkinGoals,
  checkinRevisions,
  checkins,
  checklistItems,
  coachingLinks,
  comments,
  goalProposals,
  goalRevisions,
  goals,
  groupMembers,
  groups,
  habitEntries,
  notifications,
  paceZoneSources,
  plannedSessions,
  planTemplates,
  profiles,
  reactions,
  users,
} from "../schema";
import { personChanged } from "./person-changes";
import { ownRows } from "./policy";

/**
 * Everything a person owns, for "export my data": their profile, goals with plans, checklists and
 * history, activities, habit entries, check-ins with outcomes and history, what they wrote and
 * reacted, their groups and coaching, proposals, templates, notifications, the race their pace
 * zones come from and their activities' recorded streams. Never a password
 * hash, a session version or a token hash.
 */
export async function exportAccountData(db: Database, userId: string) {
  const [account] = await db
    .select({ email: users.email, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  const myGoals = await db
    .select()
    .from(goals)
    .where(ownRows(goals.athleteId, userId))
    .orderBy(asc(goals.periodStart));
  const goalIds = myGoals.map((g) => g.id);
  const myCheckins = await db
    .select()
    .from(checkins)
    .where(ownRows(checkins.athleteId, userId))
    .orderBy(asc(checkins.weekStart));
  const checkinIds = myCheckins.map((c) => c.id);
  const byGoal = <T>(run: () => Promise<T[]>) => (goalIds.length > 0 ? run() : Promise.resolve([]));
  const byCheckin = <T>(run: () => Promise<T[]>) =>
    checkinIds.length > 0 ? run() : Promise.resolve([]);

  const [
    profile,
    sessions,
    checklist,
    revisions,
    logged,
    habits,
    outcomes,
    checkinHistory,
    written,
    reacted,
    memberships,
    coaching,
    proposals,
    templates,
    inbox,
    zones,
    streams,
  ] = await Promise.all([
    db.select().from(profiles).where(ownRows(profiles.userId, userId)),
    byGoal(() => db.select().from(plannedSessions).where(inArray(plannedSessions.goalId, goalIds))),
    byGoal(() => db.select().from(checklistItems).where(inArray(checklistItems.goalId, goalIds))),
    byGoal(() => db.select().from(goalRevisions).where(inArray(goalRevisions.goalId, goalIds))),
    db
      .select()
      .from(activities)
      .where(and(ownRows(activities.athleteId, userId), isNull(activities.deletedAt)))
      .orderBy(asc(activities.date), asc(activities.startTime)),
    byGoal(() => db.select().from(habitEntries).where(inArray(habitEntries.goalId, goalIds))),
    byCheckin(() =>
      db.select().from(checkinGoals).where(inArray(checkinGoals.checkinId, checkinIds)),
    ),
    byCheckin(() =>
      db.select().from(checkinRevisions).where(inArray(checkinRevisions.checkinId, checkinIds)),
    ),
    db.select().from(comments).where(ownRows(comments.authorId, userId)),
    db.select().from(reactions).where(ownRows(reactions.userId, userId)),
    db
      .select({
        groupId: groups.id,
        name: groups.name,
        role: groupMembers.role,
        joinedAt: groupMembers.joinedAt,
      })
      .from(groupMembers)
      .innerJoin(groups, eq(groups.id, groupMembers.groupId))
      .where(ownRows(groupMembers.userId, userId)),
    db
      .select({
        coachId: coachingLinks.coachId,
        athleteId: coachingLinks.athleteId,
        tags: coachingLinks.tags,
        startedAt: coachingLinks.startedAt,
        endedAt: coachingLinks.endedAt,
      })
      .from(coachingLinks)
      .where(or(ownRows(coachingLinks.coachId, userId), ownRows(coachingLinks.athleteId, userId))),
    db
      .select()
      .from(goalProposals)
      .where(or(ownRows(goalProposals.athleteId, userId), ownRows(goalProposals.coachId, userId))),
    db.select().from(planTemplates).where(ownRows(planTemplates.coachId, userId)),
    db.select().from(notifications).where(ownRows(notifications.userId, userId)),
    db.select().from(paceZoneSources).where(ownRows(paceZoneSources.athleteId, userId)),
    db
      .select({ activityId: activityStreams.activityId, stream: activityStreams.stream })
      .from(activityStreams)
      .innerJoin(activities, eq(activities.id, activityStreams.activityId))
      .where(and(ownRows(activities.athleteId, userId), isNull(activities.deletedAt))),
  ]);

  return {
    format: "stride-export-1",
    account: account ?? null,
    profile: profile[0] ?? null,
    goals: myGoals,
    plannedSessions: sessions,
    checklistItems: checklist,
    goalHistory: revisions,
    activities: logged,
    habitEntries: habits,
    checkins: myCheckins,
    checkinOutcomes: outcomes,
    checkinHistory,
    commentsWritten: written,
    reactionsGiven: reacted,
    groups: memberships,
    coaching,
    proposals,
    planTemplates: templates,
    notifications: inbox,
    /** The race the pace zones come from (the zones are computed from it). */
    paceZoneSource: zones[0] ?? null,
    /** The recordings kept with imported activities (docs/training.md, "Stream size"). */
    activityStreams: streams,
  };
}

/** The activities for the CSV export, oldest first. */
export async function listActivitiesForExport(db: Database, userId: string) {
  return db
    .select()
    .from(activities)
    .where(and(ownRows(activities.athleteId, userId), isNull(activities.deletedAt)))
    .orderBy(asc(activities.date), asc(activities.startTime));
}

/**
 * Deletes an account in one transaction. Groups the person owns pass to the member who joined
 * first after them, or close when nobody else is in them; their pending proposals as a coach are
 * withdrawn; then the user row goes, and with it (by the foreign keys) their profile, goals,
 * activities, check-ins and everything on them, memberships and coaching links. Comments they
 * wrote on other people's check-ins and goals stay, with no author ("deleted user").
 */
export async function deleteAccount(db: Database, userId: string) {
  return db.transaction(async (tx) => {
    const owned = await tx
      .select({ groupId: groupMembers.groupId })
      .from(groupMembers)
      .where(and(ownRows(groupMembers.userId, userId), eq(groupMembers.role, "owner")));
    let handedOver = 0;
    let closed = 0;
    for (const { groupId } of owned) {
      const [next] = await tx
        .select({ userId: groupMembers.userId })
        .from(groupMembers)
        .where(and(eq(groupMembers.groupId, groupId), ne(groupMembers.userId, userId)))
        .orderBy(asc(groupMembers.joinedAt), asc(groupMembers.userId))
        .limit(1);
      if (next) {
        // The old owner's row goes first: one owner per group at every moment.
        await tx
          .delete(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), ownRows(groupMembers.userId, userId)));
        await tx
          .update(groupMembers)
          .set({ role: "owner" })
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, next.userId)));
        handedOver += 1;
      } else {
        await tx.delete(groups).where(eq(groups.id, groupId));
        closed += 1;
      }
    }
    await tx
      .update(goalProposals)
      .set({ status: "withdrawn", respondedAt: new Date() })
      .where(and(ownRows(goalProposals.coachId, userId), eq(goalProposals.status, "pending")));
    const removed = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    await personChanged(tx, userId);
    return { deleted: removed.length > 0, groupsHandedOver: handedOver, groupsClosed: closed };
  });
}
