import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { paceZoneSources } from "../schema";
import { ownRows } from "./policy";

/** The race the athlete's own pace zones come from, or undefined. */
export async function findOwnPaceSource(db: Database, ownerId: string) {
  const [row] = await db
    .select({
      distanceMetres: paceZoneSources.distanceMetres,
      seconds: paceZoneSources.seconds,
      raceDate: paceZoneSources.raceDate,
    })
    .from(paceZoneSources)
    .where(ownRows(paceZoneSources.athleteId, ownerId));
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
