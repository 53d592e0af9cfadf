import { setHabitCount } from "@stride/db/queries";
import { habitEntryInput } from "@stride/domain/activities";
import { DomainError } from "@stride/domain/errors";
import { todayIn, weekOf } from "@stride/domain/periods";
import { ownGoalProcedure } from "../../procedures/goals";
import { writeWithProgress } from "../../services/progress";

/** Sets how many of a habit were done on a day ("2 veggie servings") for one of the viewer's goals. */
export const setHabit = ownGoalProcedure
  .input(habitEntryInput.omit({ goalId: true }))
  .mutation(async ({ ctx, input }) => {
    const lastDay = weekOf(todayIn(ctx.profile.timeZone), ctx.profile.weekStart).end;
    if (input.date > lastDay) {
      throw new DomainError("INVALID", `You can log up to the end of this week (${lastDay}).`, {
        field: "date",
      });
    }
    if (input.date < ctx.goal.periodStart || input.date > ctx.goal.periodEnd) {
      throw new DomainError("INVALID", "That day is outside the goal's period.", { field: "date" });
    }
    await writeWithProgress(
      ctx.db,
      ctx.viewerId,
      (tx) => setHabitCount(tx, { goalId: ctx.goal.id, date: input.date, count: input.count }),
      // The goal and the goals above it, which count its entries.
      () => ({ goalIds: [ctx.goal.id] }),
    );
    return { goalId: ctx.goal.id, date: input.date, count: input.count };
  });
