import { updateGoalInput } from "@stride/domain/goals";
import { ownGoalProcedure } from "../../procedures/goals";
import { updateGoalFor } from "../../services/goal-update";

export const update = ownGoalProcedure
  .input(updateGoalInput.omit({ id: true }))
  .mutation(({ ctx, input }) =>
    updateGoalFor(ctx.db, {
      viewerId: ctx.viewerId,
      profile: ctx.profile,
      goal: ctx.goal,
      input,
    }),
  );
