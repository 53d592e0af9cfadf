import type { Database } from "@stride/db/client";
import { endCoaching, getProfile, listMyCoaches, notify } from "@stride/db/queries";
import { linkIdSchema } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { z } from "zod";
import { profileProcedure } from "../../procedures";

async function nameOf(db: Database, userId: string) {
  return (await getProfile(db, userId))?.name ?? "Someone";
}

export const myCoaches = profileProcedure.query(({ ctx }) => listMyCoaches(ctx.db, ctx.viewerId));

/** Either side ends the link; the coach's access ends with it, at once. */
export const end = profileProcedure
  .input(z.object({ linkId: linkIdSchema }))
  .mutation(async ({ ctx, input }) => {
    const ended = await endCoaching(ctx.db, { viewerId: ctx.viewerId, linkId: input.linkId });
    if (!ended) throw new DomainError("NOT_FOUND", "That coaching link was not found.");
    const other = ended.coachId === ctx.viewerId ? ended.athleteId : ended.coachId;
    const who = await nameOf(ctx.db, ctx.viewerId);
    await notify(ctx.db, [
      {
        userId: other,
        actorId: ctx.viewerId,
        kind: "coaching",
        text:
          other === ended.athleteId
            ? `${who} is no longer your coach`
            : `${who} ended coaching with you`,
      },
    ]);
    return { linkId: input.linkId };
  });
