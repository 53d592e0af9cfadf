import {
  createGroupWithOwner,
  deleteGroup,
  listGroupMembers,
  listMyGroups,
  removeGroupMember,
  transferGroupOwnership,
  updateGroupDetails,
  wakeLiveFeeds,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { groupFields } from "@stride/domain/groups";
import { z } from "zod";
import { memberProcedure, ownerProcedure } from "../../procedures/groups";
import { authedProcedure } from "../../trpc";

const userId = z.object({ userId: z.uuid("That member id is not valid") });

export const list = authedProcedure.query(({ ctx }) => listMyGroups(ctx.db, ctx.viewerId));

export const create = authedProcedure.input(groupFields).mutation(async ({ ctx, input }) => {
  const group = await createGroupWithOwner(ctx.db, { ownerId: ctx.viewerId, ...input });
  return { id: group.id };
});

export const get = memberProcedure.query(async ({ ctx }) => {
  const members = await listGroupMembers(ctx.db, ctx.group.id);
  return {
    id: ctx.group.id,
    name: ctx.group.name,
    description: ctx.group.description,
    weeklyTheme: ctx.group.weeklyTheme,
    role: ctx.role,
    members: members.map(({ userId: id, name, role, joinedAt }) => ({
      id,
      name,
      role,
      joinedAt,
      you: id === ctx.viewerId,
    })),
  };
});

export const update = ownerProcedure.input(groupFields).mutation(async ({ ctx, input }) => {
  await updateGroupDetails(ctx.db, ctx.group.id, input);
  return { id: ctx.group.id };
});

/** Leaving as the owner hands the group on first; the last member leaving closes it. */
export const leave = memberProcedure.mutation(async ({ ctx }) => {
  if (ctx.role === "owner") {
    const others = (await listGroupMembers(ctx.db, ctx.group.id)).filter(
      (m) => m.userId !== ctx.viewerId,
    );
    if (others.length > 0) {
      throw new DomainError(
        "INVALID",
        "Hand the group to another member before you leave, so it keeps an owner.",
      );
    }
    await deleteGroup(ctx.db, ctx.group.id);
    return { left: true, closed: true };
  }
  await removeGroupMember(ctx.db, { groupId: ctx.group.id, userId: ctx.viewerId });
  return { left: true, closed: false };
});

export const removeMember = ownerProcedure.input(userId).mutation(async ({ ctx, input }) => {
  if (input.userId === ctx.viewerId)
    throw new DomainError("INVALID", "Leave the group instead of removing yourself.");
  const removed = await removeGroupMember(ctx.db, { groupId: ctx.group.id, userId: input.userId });
  if (!removed) throw new DomainError("NOT_FOUND", "That member was not found.");
  // Wake the group's live feeds so the removed member's open stream notices it has ended.
  await wakeLiveFeeds(ctx.db, ctx.group.id);
  return { removed: true };
});

export const transferOwnership = ownerProcedure.input(userId).mutation(async ({ ctx, input }) => {
  const members = await listGroupMembers(ctx.db, ctx.group.id);
  if (!members.some((m) => m.userId === input.userId && m.userId !== ctx.viewerId)) {
    throw new DomainError("NOT_FOUND", "That member was not found.");
  }
  await transferGroupOwnership(ctx.db, {
    groupId: ctx.group.id,
    from: ctx.viewerId,
    to: input.userId,
  });
  return { ownerId: input.userId };
});
