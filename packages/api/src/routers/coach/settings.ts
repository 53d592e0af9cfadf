import { getCoachThresholds, saveCoachThresholds } from "@stride/db/queries";
import { triageThresholds } from "@stride/domain/coaching";
import { profileProcedure } from "../../procedures";
import { thresholdsFrom } from "../../services/triage-rows";

export const thresholds = profileProcedure.query(async ({ ctx }) =>
  thresholdsFrom(await getCoachThresholds(ctx.db, ctx.viewerId)),
);

export const setThresholds = profileProcedure
  .input(triageThresholds)
  .mutation(async ({ ctx, input }) => {
    await saveCoachThresholds(ctx.db, { coachId: ctx.viewerId, thresholds: input });
    return input;
  });
