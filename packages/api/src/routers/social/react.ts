import { toggleReaction } from "@stride/db/queries";
import { REACTION_KINDS } from "@stride/domain/groups";
import { z } from "zod";
import { spendLimit } from "../../limits";
import { afterReaction } from "../../notify/social";
import { visibleCheckinProcedure } from "../../procedures/social";

/** Adds the viewer's reaction of a kind to a check-in, or takes it back. */
export const react = visibleCheckinProcedure
  .input(z.object({ kind: z.enum(REACTION_KINDS, { error: "Pick one of the reactions" }) }))
  .mutation(async ({ ctx, input }) => {
    // Counted before the toggle, in one statement: a burst cannot get past the limit.
    await spendLimit(ctx.db, "reaction", ctx.viewerId);
    const added = await toggleReaction(ctx.db, {
      checkinId: ctx.checkin.id,
      userId: ctx.viewerId,
      kind: input.kind,
    });
    await afterReaction(ctx.db, {
      checkinId: ctx.checkin.id,
      checkinOwnerId: ctx.checkin.athleteId,
      userId: ctx.viewerId,
      kind: input.kind,
      added,
    });
    return { kind: input.kind, added };
  });
