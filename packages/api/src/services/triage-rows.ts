import type { Database } from "@stride/db/client";
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
  triageScore,
  triageSignals,
  triageThresholds,
} from "@stride/domain/coaching";
import { todayIn, weekStartOf } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { buildTriageSnapshots, type TriageSnapshot } from "./triage";

type RosterRow = Awaited<ReturnType<typeof listCoachRoster>>[number];

/**
 * The coach's athletes ranked by who needs attention, with the reasons in words: each athlete's
 * stored snapshot (made again when stale), the signals evaluated with the coach's thresholds.
 */
export async function rankRoster(
  db: Database,
  input: {
    coachId: string;
    profile: Pick<Profile, "distanceUnit">;
    roster: readonly RosterRow[];
    thresholds: TriageThresholds;
    todays: ReadonlyMap<string, string>;
    unansweredBy: ReadonlyMap<string, number>;
    coachWeek: string;
  },
) {
  const { coachId, profile, roster, todays } = input;
  const stored = await listTriageSnapshots(db, { coachId, distanceUnit: profile.distanceUnit });
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

  const rows = roster.flatMap((athlete) => {
    const snapshot = snapshots.get(athlete.athleteId);
    const today = todays.get(athlete.athleteId);
    if (!snapshot || !today) return [];
    const signals = triageSignals(
      {
        today,
        weekStart: athlete.weekStart,
        distanceUnit: profile.distanceUnit,
        checkins: snapshot.checkins,
        runDistanceByWeek: new Map(snapshot.runDistanceByWeek),
        // A snapshot saved before the load was part of it reads as no load yet.
        load: snapshot.load ?? null,
        predictions: snapshot.predictions ?? [],
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
        unansweredComments: input.unansweredBy.get(athlete.athleteId) ?? 0,
      },
      input.thresholds,
    );
    const last = snapshot.lastCheckin;
    return [
      {
        athleteId: athlete.athleteId,
        name: athlete.name,
        tags: athlete.tags,
        reviewed: athlete.reviewedWeek === input.coachWeek,
        score: triageScore(signals),
        reasons: signals.map(({ kind, reason }) => ({ kind, reason })),
        macros: snapshot.macros,
        mesos: snapshot.mesos,
        thisWeek: snapshot.thisWeek,
        lastCheckin: last ? { ...last, submittedAt: new Date(last.submittedAt) } : null,
      },
    ];
  });
  return rankAthletes(rows);
}

export type TriageRow = Awaited<ReturnType<typeof rankRoster>>[number];

/**
 * The last ranked rows per coach on this instance, with what they were made from: a coach who
 * opens the triage again while nothing changed gets them without reading the snapshots again.
 * The fingerprint is read from the database on every request, so no instance serves rows older
 * than the database (docs/performance.md). At most MAX_COACHES coaches are kept.
 */
const MAX_COACHES = 100;
const remembered = new Map<string, { fingerprint: string; rows: TriageRow[] }>();

export function rememberedTriage(coachId: string, unit: string, fingerprint: string) {
  const entry = remembered.get(`${coachId}:${unit}`);
  return entry?.fingerprint === fingerprint ? entry.rows : undefined;
}

export function rememberTriage(
  coachId: string,
  unit: string,
  fingerprint: string,
  rows: TriageRow[],
) {
  const key = `${coachId}:${unit}`;
  remembered.delete(key);
  if (remembered.size >= MAX_COACHES) {
    const oldest = remembered.keys().next().value;
    if (oldest !== undefined) remembered.delete(oldest);
  }
  remembered.set(key, { fingerprint, rows });
  return rows;
}

/** Forgets every remembered triage (a test that wants rows made from nothing). */
export function forgetRememberedTriage() {
  remembered.clear();
}

/** The coach's thresholds: their saved ones over the defaults (a bad saved value falls back). */
export function thresholdsFrom(saved: Record<string, number> | undefined): TriageThresholds {
  const parsed = triageThresholds.partial().safeParse(saved ?? {});
  return { ...DEFAULT_THRESHOLDS, ...(parsed.success ? parsed.data : {}) };
}

const UNANSWERED_WINDOW_DAYS = 21;

/**
 * A coach's triage as the dashboard shows it (coach.triage) and the weekly digest mails it: the
 * roster ranked by who needs attention, with the reasons. Remembered per coach while nothing it
 * is made of changed.
 */
export async function coachTriage(
  db: Database,
  input: { coachId: string; profile: Pick<Profile, "timeZone" | "weekStart" | "distanceUnit"> },
) {
  const { coachId, profile } = input;
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
  return { coachToday, coachWeek, thresholds, roster, rows };
}
