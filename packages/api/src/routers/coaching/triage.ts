import {
  countUnansweredComments,
  getCoachThresholds,
  listCoachRoster,
  listTriageSnapshots,
} from "@stride/db/queries";
import {
  DEFAULT_THRESHOLDS,
  rankAthletes,
  type TriageThresholds,
  tagSchema,
  triageScore,
  triageSignals,
  triageThresholds,
} from "@stride/domain/coaching";
import { todayIn, weekStartOf } from "@stride/domain/periods";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { buildTriageSnapshots, type TriageSnapshot } from "../../services/triage";

/** The coach's thresholds: their saved ones over the defaults (a bad saved value falls back). */
export function thresholdsFrom(saved: Record<string, number> | undefined): TriageThresholds {
  const parsed = triageThresholds.partial().safeParse(saved ?? {});
  return { ...DEFAULT_THRESHOLDS, ...(parsed.success ? parsed.data : {}) };
}

const UNANSWERED_WINDOW_DAYS = 21;

/**
 * Every athlete of the coach on one screen, ranked by who needs attention, with the reasons in
 * words. It reads each athlete's stored snapshot (made again only when stale), so it runs the
 * same few queries whatever the size of the roster, and applies the coach's thresholds.
 */
export const triage = profileProcedure
  .input(z.object({ tag: tagSchema.nullable().default(null) }))
  .query(async ({ ctx, input }) => {
    const { db, viewerId: coachId, profile } = ctx;
    const coachToday = todayIn(profile.timeZone);
    const [roster, saved, stored, unanswered] = await Promise.all([
      listCoachRoster(db, coachId),
      getCoachThresholds(db, coachId),
      listTriageSnapshots(db, { coachId, distanceUnit: profile.distanceUnit }),
      countUnansweredComments(db, {
        coachId,
        since: new Date(Date.now() - UNANSWERED_WINDOW_DAYS * 86_400_000),
      }),
    ]);
    const thresholds = thresholdsFrom(saved);
    const todays = new Map(roster.map((a) => [a.athleteId, todayIn(a.timeZone)]));
    const versions = new Map(roster.map((a) => [a.athleteId, a.readVersion]));
    const snapshots = new Map<string, TriageSnapshot>();
    for (const row of stored) {
      // Fresh: made today (the athlete's today) and after their latest write.
      if (row.asOf === todays.get(row.athleteId) && row.version === versions.get(row.athleteId))
        snapshots.set(row.athleteId, row.snapshot as TriageSnapshot);
    }
    const stale = roster.filter((a) => !snapshots.has(a.athleteId));
    for (const [id, snapshot] of await buildTriageSnapshots(db, {
      coachId,
      athletes: stale,
      distanceUnit: profile.distanceUnit,
    }))
      snapshots.set(id, snapshot);

    const unansweredBy = new Map(unanswered.map((u) => [u.athleteId, u.count]));
    const coachWeek = weekStartOf(coachToday, profile.weekStart);
    const rows = roster.flatMap((athlete) => {
      const snapshot = snapshots.get(athlete.athleteId);
      if (!snapshot) return [];
      const signals = triageSignals(
        {
          today: todays.get(athlete.athleteId) ?? coachToday,
          weekStart: athlete.weekStart,
          distanceUnit: profile.distanceUnit,
          checkins: snapshot.checkins,
          runDistanceByWeek: new Map(snapshot.runDistanceByWeek),
          mesos: snapshot.mesos.map((m) => ({
            id: m.id,
            title: m.title,
            periodEnd: m.periodEnd,
            percent: m.progress.percent,
            state: m.progress.state,
          })),
          macros: snapshot.macros.map((m) => ({
            id: m.id,
            title: m.title,
            state: m.progress.state,
            projection: m.progress.projection,
          })),
          unansweredComments: unansweredBy.get(athlete.athleteId) ?? 0,
        },
        thresholds,
      );
      const last = snapshot.lastCheckin;
      return [
        {
          athleteId: athlete.athleteId,
          name: athlete.name,
          tags: athlete.tags,
          reviewed: athlete.reviewedWeek === coachWeek,
          score: triageScore(signals),
          reasons: signals.map(({ kind, reason }) => ({ kind, reason })),
          macros: snapshot.macros,
          mesos: snapshot.mesos,
          thisWeek: snapshot.thisWeek,
          lastCheckin: last ? { ...last, submittedAt: new Date(last.submittedAt) } : null,
        },
      ];
    });

    const tags = [...new Set(roster.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
    const tag = input.tag?.toLowerCase();
    return {
      today: coachToday,
      week: coachWeek,
      distanceUnit: profile.distanceUnit,
      thresholds,
      tags,
      athletes: rankAthletes(
        tag ? rows.filter((row) => row.tags.some((t) => t.toLowerCase() === tag)) : rows,
      ),
    };
  });
