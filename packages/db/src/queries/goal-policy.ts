import { type AnyColumn, eq } from "drizzle-orm";
import { goals } from "../schema";

// Access policy for goals, today: an athlete reads and writes only their own. Every goal query
// takes the viewer and puts `athlete_id = viewer` in its WHERE, so a stranger's id finds nothing.
export const goalOwnedBy = (viewerId: string) => eq(goals.athleteId, viewerId);

/** The same rule for an aliased goals table (a goal's block or macro goal in one join). */
export const ownedByAlias = (table: { athleteId: AnyColumn }, viewerId: string) =>
  eq(table.athleteId, viewerId);
