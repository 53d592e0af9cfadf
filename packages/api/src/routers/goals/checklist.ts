import { setOwnChecklistItemDone } from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { todayIn } from "@stride/domain/periods";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { writeWithProgress } from "../../services/progress";

/** Ticks (or unticks) a checklist item on one of the viewer's goals, dated today where they are. */
export const tickChecklistItem = profileProcedure
  .input(z.object({ itemId: z.uuid("That item id is not valid"), done: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    return writeWithProgress(
      ctx.db,
      ctx.viewerId,
      async (tx) => {
        const row = await setOwnChecklistItemDone(tx, {
          ownerId: ctx.viewerId,
          itemId: input.itemId,
          doneOn: input.done ? todayIn(ctx.profile.timeZone) : null,
        });
        if (!row) throw new DomainError("NOT_FOUND", "That checklist item was not found.");
        return row;
      },
      (row) => ({ goalIds: [row.goalId] }),
    );
  });
