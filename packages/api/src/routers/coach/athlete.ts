import {
  asCoach,
  findPaceSource,
  listActivities,
  listCheckinOutcomes,
  listCommentsFor,
  listLatestCheckins,
  listPlannedSessionsBetween,
  listProposalsByCoach,
  listReactionsFor,
  listRunWeeks,
  setReviewedWeek,
} from "@stride/db/queries";
import { weekAdherence } from "@stride/domain/checkins";
import { DomainError } from "@stride/domain/errors";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { reflectionLinks } from "@stride/domain/text/links";
import { z } from "zod";
import { ATHLETE_NOT_FOUND, coachedAthleteProcedure } from "../../procedures/coaching";
import { toActivityDto } from "../../services/activity-dto";
import { loadGoalTree } from "../../services/goal-tree";
import { paceZonesView } from "../../services/pace-zones";
import { toProposalDto } from "../../services/proposal-dto";
import { summariseReactions, threadComments } from "../../services/threads";
import { loadForAthletes } from "../../services/training-load";
import { plannedSessionView, workoutReaderFor } from "../../services/workouts";

const HISTORY_WEEKS = 12;

/**
 * One athlete as their coach sees them: the goal tree with progress, the check-in history (with
 * the parts kept for the coach), recent activities, weekly volume and the coach's proposals.
 * Only what the athlete shows their coach: private goals and check-ins are left out.
 */
export const athlete = coachedAthleteProcedure
  .input(z.object({ year: z.number().int().min(2000).max(2100).optional() }))
  .query(async ({ ctx, input }) => {
    const { db, viewerId: coachId, athlete } = ctx;
    const today = todayIn(athlete.timeZone);
    const thisWeek = weekStartOf(today, athlete.weekStart);
    const from = addDaysTo(thisWeek, -7 * (HISTORY_WEEKS - 1));
    const [tree, checkins, activities, weeks, proposals, sessions, loads, paceSource] =
      await Promise.all([
        loadGoalTree(db, {
          viewer: asCoach(coachId),
          athleteId: athlete.athleteId,
          profile: athlete,
          // In the coach's own unit, as every screen of theirs (docs/progress.md).
          distanceUnit: ctx.profile.distanceUnit,
          year: input.year ?? Number(today.slice(0, 4)),
          includeArchived: false,
        }),
        listLatestCheckins(db, {
          viewer: asCoach(coachId),
          athleteId: athlete.athleteId,
          limit: HISTORY_WEEKS,
        }),
        listActivities(db, {
          viewer: asCoach(coachId),
          athleteId: athlete.athleteId,
          from: null,
          to: null,
          type: null,
          cursor: null,
          limit: 10,
        }),
        listRunWeeks(db, {
          viewer: asCoach(coachId),
          athleteIds: [athlete.athleteId],
          from,
          to: thisWeek,
        }),
        listProposalsByCoach(db, { coachId, athleteId: athlete.athleteId, limit: 20 }),
        // This week's plan, from the goals the athlete shows their coach.
        listPlannedSessionsBetween(db, {
          viewer: asCoach(coachId),
          athleteId: athlete.athleteId,
          from: thisWeek,
          to: addDaysTo(thisWeek, 6),
        }),
        loadForAthletes(db, {
          viewer: asCoach(coachId),
          athletes: [{ athleteId: athlete.athleteId, today }],
          days: 1,
        }),
        findPaceSource(db, { viewer: asCoach(coachId), athleteId: athlete.athleteId }),
      ]);
    const reader = await workoutReaderFor(db, {
      viewer: asCoach(coachId),
      athleteId: athlete.athleteId,
      distanceUnit: ctx.profile.distanceUnit,
      workouts: sessions.map((session) => session.workout),
    });
    const ids = checkins.map((c) => c.id);
    const [outcomes, comments, reactions] = await Promise.all([
      listCheckinOutcomes(db, { viewer: asCoach(coachId), checkinIds: ids }),
      listCommentsFor(db, ids),
      listReactionsFor(db, ids),
    ]);

    const volume = Array.from({ length: HISTORY_WEEKS }, (_, i) => {
      const week = weeks.find((w) => w.weekStart === addDaysTo(from, i * 7));
      return {
        weekStart: addDaysTo(from, i * 7),
        metres: week?.distance ?? 0,
        runs: week?.count ?? 0,
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
      /** The coach's unit: every figure on their screens is in it. */
      distanceUnit: ctx.profile.distanceUnit,
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
      activities: activities.map((a) => toActivityDto(a, ctx.profile.distanceUnit)),
      volume,
      proposals: proposals.map(toProposalDto),
      /** Today's training load (acute, chronic, ratio) and the athlete's pace zones. */
      training: {
        load: loads.get(athlete.athleteId)?.series.at(-1) ?? null,
        zones: paceZonesView(paceSource, ctx.profile.distanceUnit),
      },
      plan: sessions.map((session) => plannedSessionView(session, reader)),
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
