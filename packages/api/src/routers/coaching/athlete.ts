import {
  dailyTotals,
  listCheckinsForCoach,
  listCommentsFor,
  listOutcomesForCoach,
  listOwnActivities,
  listProposalsByCoach,
  listReactionsFor,
  setReviewedWeek,
} from "@stride/db/queries";
import { weekAdherence } from "@stride/domain/checkins";
import { DomainError } from "@stride/domain/errors";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { reflectionLinks } from "@stride/domain/text/links";
import { z } from "zod";
import { toActivityDto } from "../activities/dto";
import { loadGoalTree } from "../goals/tree";
import { summariseReactions, threadComments } from "../groups/feed";
import { ATHLETE_NOT_FOUND, coachedAthleteProcedure } from "./procedures";
import { toProposalDto } from "./proposal-dto";

const HISTORY_WEEKS = 12;

/**
 * One athlete as their coach sees them: the goal tree with progress, the check-in history (with
 * the parts kept for the coach), recent activities, weekly volume and the coach's proposals.
 * Only what the athlete shows their coach: private goals and check-ins are left out.
 */
export const athleteView = coachedAthleteProcedure
  .input(z.object({ year: z.number().int().min(2000).max(2100).optional() }))
  .query(async ({ ctx, input }) => {
    const { db, viewerId: coachId, athlete } = ctx;
    const today = todayIn(athlete.timeZone);
    const thisWeek = weekStartOf(today, athlete.weekStart);
    const from = addDaysTo(thisWeek, -7 * (HISTORY_WEEKS - 1));
    const [tree, checkins, activities, days, proposals] = await Promise.all([
      loadGoalTree(db, {
        ownerId: athlete.athleteId,
        profile: athlete,
        year: input.year ?? Number(today.slice(0, 4)),
        includeArchived: false,
        coachId,
      }),
      listCheckinsForCoach(db, { coachId, athleteId: athlete.athleteId, limit: HISTORY_WEEKS }),
      listOwnActivities(db, {
        viewerId: athlete.athleteId,
        from: null,
        to: null,
        type: null,
        cursor: null,
        limit: 10,
      }),
      dailyTotals(db, { viewerId: athlete.athleteId, from, to: today }),
      listProposalsByCoach(db, { coachId, athleteId: athlete.athleteId, limit: 20 }),
    ]);
    const ids = checkins.map((c) => c.id);
    const [outcomes, comments, reactions] = await Promise.all([
      listOutcomesForCoach(db, { coachId, checkinIds: ids }),
      listCommentsFor(db, ids),
      listReactionsFor(db, ids),
    ]);

    const volume = Array.from({ length: HISTORY_WEEKS }, (_, i) => {
      const week = addDaysTo(from, i * 7);
      const end = addDaysTo(week, 6);
      const inWeek = days.filter((d) => d.date >= week && d.date <= end && d.type === "run");
      return {
        weekStart: week,
        metres: inWeek.reduce((sum, d) => sum + d.distance, 0),
        runs: inWeek.reduce((sum, d) => sum + d.count, 0),
      };
    });

    return {
      athlete: {
        id: athlete.athleteId,
        linkId: athlete.linkId,
        name: athlete.name,
        tags: athlete.tags,
        timeZone: athlete.timeZone,
        distanceUnit: athlete.distanceUnit,
        startedAt: athlete.startedAt,
        reviewed:
          athlete.reviewedWeek ===
          weekStartOf(todayIn(ctx.profile.timeZone), ctx.profile.weekStart),
      },
      today,
      tree,
      checkins: checkins.map((c) => {
        const own = outcomes.filter((o) => o.checkinId === c.id);
        return {
          id: c.id,
          weekStart: c.weekStart,
          weekEnd: c.weekEnd,
          // The coach sees every part of the reflection, including those kept from groups.
          wentWell: c.wentWell,
          gotInTheWay: c.gotInTheWay,
          nextFocus: c.nextFocus,
          links: reflectionLinks(c),
          mood: c.mood,
          energy: c.energy,
          late: c.late,
          submittedAt: c.submittedAt,
          outcomes: own.map(({ checkinId: _, ...o }) => o),
          adherence: weekAdherence(own.map((o) => o.outcome)),
          comments: threadComments(
            comments.filter((m) => m.checkinId === c.id),
            coachId,
            c.athleteId,
          ),
          reactions: summariseReactions(
            reactions.filter((r) => r.checkinId === c.id),
            coachId,
          ),
        };
      }),
      activities: activities.map((a) => toActivityDto(a, athlete.distanceUnit)),
      volume,
      proposals: proposals.map(toProposalDto),
    };
  });

/** "Reviewed this week": moves the athlete below those still waiting, until the week turns. */
export const markReviewed = coachedAthleteProcedure
  .input(z.object({ reviewed: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const week = weekStartOf(todayIn(ctx.profile.timeZone), ctx.profile.weekStart);
    const done = await setReviewedWeek(ctx.db, {
      coachId: ctx.viewerId,
      athleteId: ctx.athlete.athleteId,
      week: input.reviewed ? week : null,
    });
    if (!done) throw new DomainError("NOT_FOUND", ATHLETE_NOT_FOUND);
    return { reviewed: input.reviewed };
  });
