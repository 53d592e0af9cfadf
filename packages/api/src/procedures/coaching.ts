import { findCoachedAthlete } from "@stride/db/queries";
import { athleteIdSchema } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { z } from "zod";
import { profileProcedure } from "./index";

export const ATHLETE_NOT_FOUND = "That athlete was not found.";

/**
 * An athlete the viewer coaches, while their link lasts. Anyone else's id, and an athlete whose
 * link has ended, gets NOT_FOUND, exactly like an id that does not exist. Reads that follow use
 * the athlete's id, and goals and check-ins are filtered again by what the athlete shows a coach.
 */
export const coachedAthleteProcedure = profileProcedure
  .input(z.object({ athleteId: athleteIdSchema }))
  .use(async ({ ctx, input, next }) => {
    const athlete = await findCoachedAthlete(ctx.db, {
      coachId: ctx.viewerId,
      athleteId: input.athleteId,
    });
    if (!athlete) throw new DomainError("NOT_FOUND", ATHLETE_NOT_FOUND);
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, athlete } });
  });
