import {
  asOwner,
  findGoal,
  insertGoalRevision,
  refreshProgress,
  updateOwnGoalAtVersion,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { assertFitsParent, setGoalStatusInput, versionSchema } from "@stride/domain/goals";
import { z } from "zod";
import { ownGoalProcedure } from "../../procedures/goals";
import { toGoalDto } from "../../services/goal-dto";
import { loadOwnParent, parentShape } from "../../services/goal-rules";
import { goalConflict } from "../../services/goal-update";

const versionInput = z.object({ version: versionSchema });

/** Applies one change at the version the client saw, records it in the history, or reports a conflict. */
async function changeAtVersion(
  ctx: {
    db: Parameters<typeof findGoal>[0];
    viewerId: string;
    goal: Awaited<ReturnType<typeof findGoal>> & {};
  },
  version: number,
  set: Parameters<typeof updateOwnGoalAtVersion>[1]["set"],
  revision: {
    kind: "status" | "archived" | "restored";
    reason: string | null;
    changes: Record<string, { from: unknown; to: unknown }>;
  },
) {
  if (version !== ctx.goal.version) throw goalConflict(ctx.goal);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await updateOwnGoalAtVersion(tx, {
      ownerId: ctx.viewerId,
      goalId: ctx.goal.id,
      version,
      set,
    });
    if (!row) return undefined;
    await insertGoalRevision(tx, { goalId: row.id, actorId: ctx.viewerId, ...revision });
    // A verdict or an archived week changes the goal's state and its block's weeks.
    await refreshProgress(tx, { athleteId: ctx.viewerId, goalIds: [row.id] });
    return row;
  });
  if (updated) return toGoalDto(updated);
  const current = await findGoal(ctx.db, { viewer: asOwner(ctx.viewerId), goalId: ctx.goal.id });
  if (current) throw goalConflict(current);
  throw new DomainError("NOT_FOUND", "That goal was not found.");
}

export const setStatus = ownGoalProcedure
  .input(setGoalStatusInput.omit({ id: true }))
  .mutation(async ({ ctx, input }) => {
    if (input.status === ctx.goal.status) return toGoalDto(ctx.goal);
    return changeAtVersion(
      ctx,
      input.version,
      { status: input.status },
      {
        kind: "status",
        reason: input.reason,
        changes: { status: { from: ctx.goal.status, to: input.status } },
      },
    );
  });

export const archive = ownGoalProcedure.input(versionInput).mutation(async ({ ctx, input }) => {
  if (ctx.goal.archivedAt) return toGoalDto(ctx.goal);
  return changeAtVersion(
    ctx,
    input.version,
    { archivedAt: new Date() },
    {
      kind: "archived",
      reason: null,
      changes: {},
    },
  );
});

export const restore = ownGoalProcedure.input(versionInput).mutation(async ({ ctx, input }) => {
  if (!ctx.goal.archivedAt) return toGoalDto(ctx.goal);
  // The parent may have moved on while this goal was archived: it must still fit.
  const parent = await loadOwnParent(ctx.db, ctx.viewerId, ctx.goal.parentId);
  assertFitsParent(
    ctx.goal.level,
    { start: ctx.goal.periodStart, end: ctx.goal.periodEnd },
    parentShape(parent),
  );
  return changeAtVersion(
    ctx,
    input.version,
    { archivedAt: null },
    {
      kind: "restored",
      reason: null,
      changes: {},
    },
  );
});
