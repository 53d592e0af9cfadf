import { listOwnGoals, setOwnGoalPositions } from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { reorderGoalsInput } from "@stride/domain/goals";
import { profileProcedure } from "../../procedures";

/** Puts sibling goals (same parent and level) in the given order. */
export const reorder = profileProcedure
  .input(reorderGoalsInput)
  .mutation(async ({ ctx, input }) => {
    const ids = [...new Set(input.ids)];
    const rows = await listOwnGoals(ctx.db, { ownerId: ctx.viewerId, goalIds: ids });
    // One goal that is not the viewer's makes the whole request NOT_FOUND, and nothing moves.
    if (rows.length !== ids.length)
      throw new DomainError("NOT_FOUND", "One of those goals was not found.");
    const [first] = rows;
    if (rows.some((row) => row.parentId !== first?.parentId || row.level !== first?.level)) {
      throw new DomainError(
        "INVALID",
        "Only goals side by side under the same parent can be reordered.",
        {
          field: "ids",
        },
      );
    }
    await setOwnGoalPositions(ctx.db, { ownerId: ctx.viewerId, ids });
    return { reordered: ids.length };
  });
