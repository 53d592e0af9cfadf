import { findGroupForMember } from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { groupIdSchema } from "@stride/domain/groups";
import { z } from "zod";
import { authedProcedure } from "../trpc";

export const GROUP_NOT_FOUND = "That group was not found.";

/** A group the viewer belongs to; to anyone else it does not exist. */
export const memberProcedure = authedProcedure
  .input(z.object({ groupId: groupIdSchema }))
  .use(async ({ ctx, input, next }) => {
    const membership = await findGroupForMember(ctx.db, {
      viewerId: ctx.viewerId,
      groupId: input.groupId,
    });
    if (!membership) throw new DomainError("NOT_FOUND", GROUP_NOT_FOUND);
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, group: membership.group, role: membership.role } });
  });

/**
 * Only the owner manages the group: its details, invitations and members. A member already knows
 * the group exists, so they are told FORBIDDEN; to anyone else memberProcedure said NOT_FOUND.
 */
export const ownerProcedure = memberProcedure.use(({ ctx, next }) => {
  if (ctx.role !== "owner")
    throw new DomainError("FORBIDDEN", "Only the group's owner can do that.");
  return next({ ctx });
});
