import type { Database } from "@stride/db/client";
import { asOwner, findFeedOwner, getProfile, listPlannedSessionsBetween } from "@stride/db/queries";
import { addDaysTo, todayIn } from "@stride/domain/periods";
import { planAmountFromStored } from "../services/goal-rules";
import { hashToken } from "../services/tokens";
import { workoutReaderFor, workoutView } from "../services/workouts";
import { buildCalendar } from "./ics";

async function calendarFor(
  db: Database,
  athleteId: string,
  from: (today: string) => string,
  to: (today: string) => string,
) {
  const profile = await getProfile(db, athleteId);
  if (!profile) return null;
  const today = todayIn(profile.timeZone);
  const sessions = await listPlannedSessionsBetween(db, {
    viewer: asOwner(athleteId),
    athleteId,
    from: from(today),
    to: to(today),
  });
  const reader = await workoutReaderFor(db, {
    viewer: asOwner(athleteId),
    athleteId,
    distanceUnit: profile.distanceUnit,
    workouts: sessions.map((s) => s.workout),
  });
  return buildCalendar({
    name: `Stride: ${profile.name}'s training`,
    timeZone: profile.timeZone,
    sessions: sessions.map((s) => ({
      ...s,
      amount: planAmountFromStored(s.amount, s.targetUnit),
      unit: s.targetUnit,
      workoutText: workoutView(s.workout, reader).workoutText,
    })),
  });
}

/** The subscription feed for a token: four weeks back to twelve ahead; null for an unknown or revoked token. */
export async function renderFeed(db: Database, token: string) {
  if (token.length < 20 || token.length > 100) return null;
  const athleteId = await findFeedOwner(db, hashToken(token));
  if (!athleteId) return null;
  return calendarFor(
    db,
    athleteId,
    (today) => addDaysTo(today, -28),
    (today) => addDaysTo(today, 84),
  );
}

/** A one-off download of one week, for the signed-in athlete. */
export function renderWeek(db: Database, viewerId: string, weekStart: string) {
  return calendarFor(
    db,
    viewerId,
    () => weekStart,
    () => addDaysTo(weekStart, 6),
  );
}
