import { createGoalInput } from "@stride/domain/goals";
import { profileProcedure } from "../../procedures";
import { createGoalFor } from "../../services/goal-create";

export const create = profileProcedure
  .input(createGoalInput)
  .mutation(({ ctx, input }) =>
    createGoalFor(ctx.db, { viewerId: ctx.viewerId, profile: ctx.profile, input }),
  );
