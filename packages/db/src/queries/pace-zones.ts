import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { paceZoneSources } from "../schema";
import { athleteDataVisibleTo, type Viewer } from "./policy";

/** The race an athlete's pace zones come from, for them or their coach; undefined if none. */
export async function findPaceSource(db: Database, input: { viewer: Viewer; athleteId: string }) {
  const [row] = await db
    .select({
      distanceMetres: paceZoneSources.distanceMetres,
      seconds: paceZoneSources.seconds,
      raceDate: paceZoneSources.raceDate,
    })
    .from(paceZoneSources)
    .where(
      and(
        eq(paceZoneSources.athleteId, input.athleteId),
        athleteDataVisibleTo(input.viewer, paceZoneSources.athleteId),
      ),
    );
  return row;
}

/** Sets (or with null, clears) the race the athlete's own pace zones come from. */
export async function saveOwnPaceSource(
  db: Database,
  ownerId: string,
  source: { distanceMetres: number; seconds: number; raceDate: string } | null,
) {
  if (source === null) {
    await db.delete(paceZoneSources).where(eq(paceZoneSources.athleteId, ownerId));
    return;
  }
  await db
    .insert(paceZoneSources)
    .values({ athleteId: ownerId, ...source })
    .onConflictDoUpdate({
      target: paceZoneSources.athleteId,
      set: { ...source, updatedAt: new Date() },
    });
}
