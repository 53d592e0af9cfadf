import { and, asc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { groupInvites, groupMembers, groups, profiles } from "../schema";
import { membershipOf } from "./policy";

export type GroupRow = typeof groups.$inferSelect;

/** A group the viewer is a member of, with their role in it. */
export async function findGroupForMember(
  db: Database,
  input: { viewerId: string; groupId: string },
) {
  const [row] = await db
    .select({ group: groups, role: groupMembers.role })
    .from(groups)
    .innerJoin(groupMembers, membershipOf(input.viewerId))
    .where(eq(groups.id, input.groupId));
  return row;
}

export async function listMyGroups(db: Database, viewerId: string) {
  return db
    .select({
      id: groups.id,
      name: groups.name,
      description: groups.description,
      role: groupMembers.role,
      members:
        sql<number>`(select count(*) from ${groupMembers} m where m.group_id = ${groups.id})`.mapWith(
          Number,
        ),
    })
    .from(groups)
    .innerJoin(groupMembers, membershipOf(viewerId))
    .orderBy(asc(groups.name));
}

export async function createGroupWithOwner(
  db: Database,
  input: { ownerId: string; name: string; description: string; weeklyTheme: string },
) {
  return db.transaction(async (tx) => {
    const [group] = await tx
      .insert(groups)
      .values({ name: input.name, description: input.description, weeklyTheme: input.weeklyTheme })
      .returning();
    if (!group) throw new Error("createGroupWithOwner returned no row");
    await tx
      .insert(groupMembers)
      .values({ groupId: group.id, userId: input.ownerId, role: "owner" });
    return group;
  });
}

/** The caller has checked the viewer owns the group. */
export async function updateGroupDetails(
  db: Database,
  groupId: string,
  set: { name: string; description: string; weeklyTheme: string },
) {
  const [row] = await db.update(groups).set(set).where(eq(groups.id, groupId)).returning();
  return row;
}

export async function deleteGroup(db: Database, groupId: string) {
  await db.delete(groups).where(eq(groups.id, groupId));
}

export async function listGroupMembers(db: Database, groupId: string) {
  return db
    .select({
      userId: groupMembers.userId,
      role: groupMembers.role,
      joinedAt: groupMembers.joinedAt,
      name: profiles.name,
      timeZone: profiles.timeZone,
      weekStart: profiles.weekStart,
    })
    .from(groupMembers)
    .innerJoin(profiles, eq(profiles.userId, groupMembers.userId))
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(asc(profiles.name));
}

/** Adds a member; false if they already were one. */
export async function addGroupMember(db: Database, input: { groupId: string; userId: string }) {
  const rows = await db
    .insert(groupMembers)
    .values({ groupId: input.groupId, userId: input.userId, role: "member" })
    .onConflictDoNothing()
    .returning({ userId: groupMembers.userId });
  return rows.length > 0;
}

export async function removeGroupMember(db: Database, input: { groupId: string; userId: string }) {
  const rows = await db
    .delete(groupMembers)
    .where(and(eq(groupMembers.groupId, input.groupId), eq(groupMembers.userId, input.userId)))
    .returning({ userId: groupMembers.userId });
  return rows.length > 0;
}

/** Hands the group to another member in one transaction, so it is never without an owner. */
export async function transferGroupOwnership(
  db: Database,
  input: { groupId: string; from: string; to: string },
) {
  await db.transaction(async (tx) => {
    await tx
      .update(groupMembers)
      .set({ role: "member" })
      .where(and(eq(groupMembers.groupId, input.groupId), eq(groupMembers.userId, input.from)));
    const [promoted] = await tx
      .update(groupMembers)
      .set({ role: "owner" })
      .where(and(eq(groupMembers.groupId, input.groupId), eq(groupMembers.userId, input.to)))
      .returning({ userId: groupMembers.userId });
    if (!promoted) throw new Error("The new owner is not a member");
  });
}

export async function createGroupInvite(
  db: Database,
  input: {
    groupId: string;
    tokenHash: string;
    createdBy: string;
    expiresAt: Date;
    maxUses: number;
  },
) {
  const [row] = await db.insert(groupInvites).values(input).returning();
  if (!row) throw new Error("createGroupInvite returned no row");
  return row;
}

export async function findInviteByHash(db: Database, tokenHash: string) {
  const [row] = await db
    .select({ invite: groupInvites, groupName: groups.name })
    .from(groupInvites)
    .innerJoin(groups, eq(groups.id, groupInvites.groupId))
    .where(eq(groupInvites.tokenHash, tokenHash));
  return row;
}

/** An invite that still lets people in: not revoked, not expired and not used up. */
function inviteIsLive() {
  return and(
    isNull(groupInvites.revokedAt),
    gt(groupInvites.expiresAt, new Date()),
    lt(groupInvites.uses, groupInvites.maxUses),
  );
}

/** Counts one use of a live invite, atomically; false when it expired, was revoked or is used up. */
export async function useInvite(db: Database, inviteId: string) {
  const rows = await db
    .update(groupInvites)
    .set({ uses: sql`${groupInvites.uses} + 1` })
    .where(and(eq(groupInvites.id, inviteId), inviteIsLive()))
    .returning({ id: groupInvites.id });
  return rows.length > 0;
}

export async function listLiveInvites(db: Database, groupId: string) {
  return db
    .select({
      id: groupInvites.id,
      expiresAt: groupInvites.expiresAt,
      maxUses: groupInvites.maxUses,
      uses: groupInvites.uses,
    })
    .from(groupInvites)
    .where(and(eq(groupInvites.groupId, groupId), inviteIsLive()))
    .orderBy(asc(groupInvites.createdAt));
}

export async function revokeGroupInvite(
  db: Database,
  input: { groupId: string; inviteId: string },
) {
  const rows = await db
    .update(groupInvites)
    .set({ revokedAt: new Date() })
    .where(and(eq(groupInvites.id, input.inviteId), eq(groupInvites.groupId, input.groupId)))
    .returning({ id: groupInvites.id });
  return rows.length > 0;
}
