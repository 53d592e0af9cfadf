import { countUnansweredComments, getCoachThresholds, listCoachRoster } from "@stride/db/queries";
import {
  DEFAULT_THRESHOLDS,
  type TriageThresholds,
  tagSchema,
  triageThresholds,
} from "@stride/domain/coaching";
import { todayIn, weekStartOf } from "@stride/domain/periods";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { rankRoster, rememberedTriage, rememberTriage } from "../../services/triage-rows";

/** The coach's thresholds: their saved ones over the defaults (a bad saved value falls back). */
export function thresholdsFrom(saved: Record<string, number> | undefined): TriageThresholds {
  const parsed = triageThresholds.partial().safeParse(saved ?? {});
  return { ...DEFAULT_THRESHOLDS, ...(parsed.success ? parsed.data : {}) };
}

const UNANSWERED_WINDOW_DAYS = 21;

/**
 * Every athlete of the coach on one screen, ranked by who needs attention, with the reasons in
 * words (services/triage-rows.ts). Three statements when nothing changed since the coach last
 * looked, a few more for the athletes whose snapshot is stale, whatever the size of the roster.
 */
export const triage = profileProcedure
  .input(z.object({ tag: tagSchema.nullable().default(null) }))
  .query(async ({ ctx, input }) => {
    const { db, viewerId: coachId, profile } = ctx;
    const coachToday = todayIn(profile.timeZone);
    const [roster, saved, unanswered] = await Promise.all([
      listCoachRoster(db, coachId),
      getCoachThresholds(db, coachId),
      countUnansweredComments(db, {
        coachId,
        since: new Date(Date.now() - UNANSWERED_WINDOW_DAYS * 86_400_000),
      }),
    ]);
    const thresholds = thresholdsFrom(saved);
    const todays = new Map(roster.map((a) => [a.athleteId, todayIn(a.timeZone)]));
    const unansweredBy = new Map(unanswered.map((u) => [u.athleteId, u.count]));
    const coachWeek = weekStartOf(coachToday, profile.weekStart);
    // Everything the ranked rows are made of, as read just now: while it is unchanged (no
    // athlete wrote, no day turned, no comment came in), the rows made from it are too.
    const fingerprint = JSON.stringify([
      coachWeek,
      thresholds,
      roster.map((a) => [
        a.athleteId,
        a.readVersion,
        a.name,
        a.tags,
        a.reviewedWeek,
        todays.get(a.athleteId),
        a.weekStart,
      ]),
      unanswered,
    ]);
    const rows =
      rememberedTriage(coachId, profile.distanceUnit, fingerprint) ??
      rememberTriage(
        coachId,
        profile.distanceUnit,
        fingerprint,
        await rankRoster(db, {
          coachId,
          profile,
          roster,
          thresholds,
          todays,
          unansweredBy,
          coachWeek,
        }),
      );

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
