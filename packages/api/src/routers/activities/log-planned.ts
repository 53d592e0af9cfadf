import {
  findOwnPlannedSession,
  insertActivity,
  listOwnActivitiesBetween,
  lockForTransaction,
  refreshProgress,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { toActivityDto } from "../../services/activity-dto";
import { assertPlausible } from "./checks";

/**
 * "What I planned, done": logs a planned session as it was planned, in one tap. Logging the same
 * session twice (a double tap, a retry) returns the activity already logged.
 */
export const logPlanned = profileProcedure
  .input(z.object({ sessionId: z.uuid("That planned session id is not valid") }))
  .mutation(async ({ ctx, input }) => {
    const session = await findOwnPlannedSession(ctx.db, {
      ownerId: ctx.viewerId,
      sessionId: input.sessionId,
    });
    if (!session) throw new DomainError("NOT_FOUND", "That planned session was not found.");
    const isDistance = session.targetUnit === "km" || session.targetUnit === "mi";
    const isTime = session.targetUnit === "min" || session.targetUnit === "h";
    const values = {
      athleteId: ctx.viewerId,
      date: session.day,
      startTime: session.time,
      type: session.activityType,
      name: session.goalTitle,
      distanceMetres: isDistance ? session.amount : null,
      durationSeconds: isTime && session.amount !== null ? Math.round(session.amount) : null,
      notes: session.note,
      source: "plan" as const,
      plannedSessionId: session.id,
    };
    assertPlausible(values, ctx.profile);
    const row = await ctx.db.transaction(async (tx) => {
      // Two taps at once queue here, so the second finds the first one's activity.
      await lockForTransaction(tx, `log-planned:${session.id}`);
      const existing = (
        await listOwnActivitiesBetween(tx, {
          ownerId: ctx.viewerId,
          from: session.day,
          to: session.day,
        })
      ).find((activity) => activity.plannedSessionId === session.id);
      if (existing) return existing;
      const made = await insertActivity(tx, values);
      await refreshProgress(tx, { athleteId: ctx.viewerId, dates: [made.date] });
      return made;
    });
    return toActivityDto(row, ctx.profile.distanceUnit);
  });
