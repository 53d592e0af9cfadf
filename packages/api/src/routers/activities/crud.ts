import type { Database } from "@stride/db/client";
import { isUniqueViolation } from "@stride/db/errors";
import {
  asOwner,
  insertActivity,
  insertActivityOnce,
  listActivities,
  updateOwnActivity,
} from "@stride/db/queries";
import {
  type ActivityFields,
  activityFields,
  createActivityInput,
  listActivitiesInput,
} from "@stride/domain/activities";
import { DomainError } from "@stride/domain/errors";
import type { Profile } from "@stride/domain/profile";
import { profileProcedure } from "../../procedures";
import { ownActivityProcedure } from "../../procedures/activities";
import { activityColumns, toActivityDto } from "../../services/activity-dto";
import { writeWithProgress } from "../../services/progress";
import { assertPlausible } from "./checks";

export const list = profileProcedure.input(listActivitiesInput).query(async ({ ctx, input }) => {
  const rows = await listActivities(ctx.db, {
    viewer: asOwner(ctx.viewerId),
    athleteId: ctx.viewerId,
    ...input,
    cursor: input.cursor ?? null,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toActivityDto(row, ctx.profile.distanceUnit)),
    nextCursor: rows.length > input.limit && last ? { date: last.date, id: last.id } : null,
  };
});

/** The stored columns of a logged activity; an implausible one is refused by its form field. */
function plausibleColumns(input: ActivityFields, profile: Profile) {
  const columns = activityColumns(input, profile.distanceUnit);
  assertPlausible(columns, profile, (field) => (field === "distanceMetres" ? "distance" : field));
  return columns;
}

/** Logs an activity; with an idempotency key, once per key (a resent draft returns the first). */
export const create = profileProcedure
  .input(createActivityInput)
  .mutation(async ({ ctx, input }) => {
    const { idempotencyKey, ...fields } = input;
    const values = {
      ...plausibleColumns(fields, ctx.profile),
      athleteId: ctx.viewerId,
      source: "manual" as const,
    };
    const row = await writeWithProgress(
      ctx.db,
      ctx.viewerId,
      (tx) =>
        idempotencyKey
          ? insertActivityOnce(tx, { ...values, clientKey: idempotencyKey })
          : insertActivity(tx, values),
      (made) => ({ dates: [made.date] }),
    );
    return toActivityDto(row, ctx.profile.distanceUnit);
  });

/** Changes the activity the procedure loaded; NOT_FOUND if it went meanwhile. */
async function updateLoaded(
  tx: Database,
  ctx: { viewerId: string; activity: { id: string } },
  set: Parameters<typeof updateOwnActivity>[1]["set"],
) {
  const row = await updateOwnActivity(tx, {
    ownerId: ctx.viewerId,
    activityId: ctx.activity.id,
    set,
  });
  if (!row) throw new DomainError("NOT_FOUND", "That activity was not found.");
  return row;
}

export const update = ownActivityProcedure
  .input(activityFields)
  .mutation(async ({ ctx, input }) => {
    if (ctx.activity.deletedAt) throw new DomainError("NOT_FOUND", "That activity was deleted.");
    const columns = plausibleColumns(input, ctx.profile);
    const row = await writeWithProgress(
      ctx.db,
      ctx.viewerId,
      (tx) => updateLoaded(tx, ctx, columns),
      // Moved to another day: both days' goals change.
      (updated) => ({ dates: [ctx.activity.date, updated.date] }),
    );
    return toActivityDto(row, ctx.profile.distanceUnit);
  });

/** Deleting keeps the row for undo; the log and progress ignore it at once. */
export const deleteActivity = ownActivityProcedure.mutation(async ({ ctx }) => {
  if (!ctx.activity.deletedAt) {
    await writeWithProgress(
      ctx.db,
      ctx.viewerId,
      (tx) =>
        updateOwnActivity(tx, {
          ownerId: ctx.viewerId,
          activityId: ctx.activity.id,
          set: { deletedAt: new Date() },
        }),
      () => ({ dates: [ctx.activity.date] }),
    );
  }
  return { id: ctx.activity.id };
});

export const restore = ownActivityProcedure.mutation(async ({ ctx }) => {
  if (!ctx.activity.deletedAt) return toActivityDto(ctx.activity, ctx.profile.distanceUnit);
  try {
    const row = await writeWithProgress(
      ctx.db,
      ctx.viewerId,
      (tx) => updateLoaded(tx, ctx, { deletedAt: null }),
      () => ({ dates: [ctx.activity.date] }),
    );
    return toActivityDto(row, ctx.profile.distanceUnit);
  } catch (error) {
    // The same recording was imported again while this one was deleted.
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError(
      "CONFLICT",
      "The same activity is already in your log again, so this one stays deleted.",
    );
  }
});
