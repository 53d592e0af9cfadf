import { tagSchema } from "@stride/domain/coaching";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { coachTriage } from "../../services/triage-rows";

/**
 * Every athlete of the coach on one screen, ranked by who needs attention, with the reasons in
 * words (services/triage-rows.ts). Three statements when nothing changed since the coach last
 * looked, a few more for the athletes whose snapshot is stale, whatever the size of the roster.
 */
export const triage = profileProcedure
  .input(z.object({ tag: tagSchema.nullable().default(null) }))
  .query(async ({ ctx, input }) => {
    const { db, viewerId: coachId, profile } = ctx;
    const { coachToday, coachWeek, thresholds, roster, rows } = await coachTriage(db, {
      coachId,
      profile,
    });

    const tags = [...new Set(roster.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
    const tag = input.tag?.toLowerCase();
    return {
      today: coachToday,
      week: coachWeek,
      distanceUnit: profile.distanceUnit,
      thresholds,
      tags,
      athletes: tag ? rows.filter((row) => row.tags.some((t) => t.toLowerCase() === tag)) : rows,
    };
  });
