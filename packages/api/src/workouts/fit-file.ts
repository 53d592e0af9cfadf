import type { Database } from "@stride/db/client";
import { asOwner, findOwnPlannedSession, getProfile } from "@stride/db/queries";
import { encodeFitWorkout } from "@stride/domain/training/fit";
import { workoutReaderFor } from "../services/workouts";

/** "Track Tuesday: 6×800" → "track-tuesday-6-800", for a file name. */
function slug(text: string): string {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return words.slice(0, 40) || "workout";
}

/**
 * One of the viewer's planned sessions as a FIT workout file, with its file name; null when the
 * session is not theirs or has no workout (the two are not told apart).
 */
export async function renderWorkoutFit(
  db: Database,
  viewerId: string,
  sessionId: string,
): Promise<{ filename: string; bytes: Uint8Array } | null> {
  const [session, profile] = await Promise.all([
    findOwnPlannedSession(db, { ownerId: viewerId, sessionId }),
    getProfile(db, viewerId),
  ]);
  if (!session?.workout || !profile) return null;
  const reader = await workoutReaderFor(db, {
    viewer: asOwner(viewerId),
    athleteId: viewerId,
    distanceUnit: profile.distanceUnit,
    workouts: [session.workout],
  });
  const name = session.note || session.goalTitle;
  const bytes = encodeFitWorkout(
    session.workout,
    { name, activityType: session.activityType, createdAt: new Date() },
    reader,
  );
  return { filename: `stride-${session.day}-${slug(name)}.fit`, bytes };
}
