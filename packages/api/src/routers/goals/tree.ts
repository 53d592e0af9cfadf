import { asOwner } from "@stride/db/queries";
import { goalTreeInput } from "@stride/domain/goals";
import { profileProcedure } from "../../procedures";
import { loadGoalTree } from "../../services/goal-tree";

/** The viewer's goals for a year, nested macro → meso → micro, each with its quality warnings. */
export const tree = profileProcedure.input(goalTreeInput).query(({ ctx, input }) =>
  loadGoalTree(ctx.db, {
    viewer: asOwner(ctx.viewerId),
    athleteId: ctx.viewerId,
    profile: ctx.profile,
    distanceUnit: ctx.profile.distanceUnit,
    year: input.year,
    includeArchived: input.includeArchived,
  }),
);
