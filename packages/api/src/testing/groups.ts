import { randomUUID } from "node:crypto";
import type { Database } from "@stride/db/client";
import { createCheckin } from "@stride/db/factories";
import { z } from "zod";
import { type Caller, newPerson, type Person } from "./people";

// Shared fixtures for the groups and social integration tests. Members join through real
// invitation links, so every group here was built the way people build them.

export type GroupInput = Parameters<Caller["groups"]["create"]>[0];

/** The group form as the browser sends it. */
export function groupInput(overrides: Partial<GroupInput> = {}): GroupInput {
  return {
    name: "Dawn Patrol",
    description: "Early runs, every weekday",
    weeklyTheme: "Easy miles",
    ...overrides,
  };
}

/** The token of an invitation link (`/join/<token>`). */
export function tokenOf(invite: { path: string }) {
  const token = invite.path.split("/join/")[1];
  if (!token) throw new Error(`No token in ${invite.path}`);
  return token;
}

/** A fresh invitation link made by the owner, as its token. */
export async function inviteToken(
  owner: Person,
  groupId: string,
  options: { expiresInDays?: number; maxUses?: number } = {},
) {
  const invite = await owner.caller.groups.createInvite({
    groupId,
    expiresInDays: options.expiresInDays ?? 7,
    maxUses: options.maxUses ?? 10,
  });
  return { ...invite, token: tokenOf(invite) };
}

/** A group owned by `owner` that each of `members` joined through an invitation link. */
export async function groupOf(owner: Person, members: readonly Person[], name = "Dawn Patrol") {
  const { id } = await owner.caller.groups.create(groupInput({ name }));
  if (members.length > 0) {
    const { token } = await inviteToken(owner, id, { maxUses: members.length });
    for (const member of members) await member.caller.groups.join({ token });
  }
  return id;
}

/** Ava owns a group that Ben and Cleo joined: the usual cast. */
export async function threeMembers(db: Database) {
  const ava = await newPerson(db, { name: "Ava" });
  const ben = await newPerson(db, { name: "Ben" });
  const cleo = await newPerson(db, { name: "Cleo" });
  const groupId = await groupOf(ava, [ben, cleo]);
  return { ava, ben, cleo, groupId };
}

/** A submitted check-in for `weekStart`, shared with groups unless told otherwise. */
export function shareCheckin(
  db: Database,
  athlete: { id: string },
  weekStart: string,
  overrides: Omit<Parameters<typeof createCheckin>[1], "athleteId" | "weekStart"> = {},
) {
  return createCheckin(db, { athleteId: athlete.id, weekStart, ...overrides });
}

/** A fresh client id for a comment, as the comment box makes one. */
export const clientId = () => randomUUID();

/** A top-level comment (or a reply to `parentId`) by `author`, as its id. */
export async function postComment(
  author: Person,
  checkinId: string,
  body: string,
  parentId: string | null = null,
) {
  const { id } = await author.caller.social.comment({
    checkinId,
    parentId,
    body,
    clientId: clientId(),
  });
  return id;
}

// @stride/api does not depend on drizzle-orm, so the few writes a test makes behind the routers'
// backs are plain SQL statements. The ids come from rows the test made and are checked to be ids.
const uuid = z.uuid();

/** Moves an invitation's expiry into the past, as if its days had run out. */
export async function expireInvite(db: Database, inviteId: string) {
  await db.execute(
    `update group_invites set expires_at = now() - interval '1 minute' where id = '${uuid.parse(inviteId)}'`,
  );
}

/**
 * Sets when a check-in was submitted. `instant` is an ISO timestamp, which may carry microseconds
 * (`2026-03-01T12:00:00.123456Z`) as Postgres keeps them.
 */
export async function setSubmittedAt(db: Database, checkinId: string, instant: string) {
  const at = z.iso.datetime().parse(instant);
  await db.execute(
    `update checkins set submitted_at = '${at}'::timestamptz where id = '${uuid.parse(checkinId)}'`,
  );
}

/** Changes who may see a check-in after it was shared, as an edit of the check-in would. */
export async function setVisibility(
  db: Database,
  checkinId: string,
  visibility: "private" | "coach" | "groups",
) {
  const to = z.enum(["private", "coach", "groups"]).parse(visibility);
  await db.execute(
    `update checkins set visibility = '${to}' where id = '${uuid.parse(checkinId)}'`,
  );
}

/** The group's membership rows, straight from the table, in a stable order. */
export function memberRows(db: Database, groupId: string) {
  return db.query.groupMembers.findMany({
    where: (member, { eq }) => eq(member.groupId, groupId),
    orderBy: (member, { asc }) => [asc(member.userId)],
  });
}

/** The group's row (undefined once it was closed). */
export function groupRow(db: Database, groupId: string) {
  return db.query.groups.findFirst({ where: (group, { eq }) => eq(group.id, groupId) });
}

/** The group's invitation rows, oldest first. */
export function inviteRows(db: Database, groupId: string) {
  return db.query.groupInvites.findMany({
    where: (invite, { eq }) => eq(invite.groupId, groupId),
    orderBy: (invite, { asc }) => [asc(invite.createdAt), asc(invite.id)],
  });
}

/** Every comment on the check-in, straight from the table. */
export function commentRows(db: Database, checkinId: string) {
  return db.query.comments.findMany({
    where: (comment, { eq }) => eq(comment.checkinId, checkinId),
    orderBy: (comment, { asc }) => [asc(comment.createdAt), asc(comment.id)],
  });
}

/** Every reaction on the check-in, straight from the table. */
export function reactionRows(db: Database, checkinId: string) {
  return db.query.reactions.findMany({
    where: (reaction, { eq }) => eq(reaction.checkinId, checkinId),
    orderBy: (reaction, { asc }) => [asc(reaction.userId), asc(reaction.kind)],
  });
}

/** Everything said on the check-in, straight from the tables. */
export async function talkOn(db: Database, checkinId: string) {
  return {
    comments: await commentRows(db, checkinId),
    reactions: await reactionRows(db, checkinId),
  };
}

/** Everything a call could change about a group and the talk on one check-in. */
export async function stateOf(db: Database, groupId: string, checkinId?: string) {
  return {
    group: await groupRow(db, groupId),
    members: await memberRows(db, groupId),
    invites: await inviteRows(db, groupId),
    comments: checkinId ? await commentRows(db, checkinId) : [],
    reactions: checkinId ? await reactionRows(db, checkinId) : [],
  };
}

/** Ava, Ben and Cleo in Ava's group (`threeMembers`), and a check-in Ava shared with it. */
export async function threeMembersAndACheckin(db: Database) {
  const cast = await threeMembers(db);
  const checkin = await shareCheckin(db, cast.ava, "2026-03-02", { wentWell: "Three runs" });
  return { ...cast, checkinId: checkin.id };
}
