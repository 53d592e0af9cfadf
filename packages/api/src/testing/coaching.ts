import type { Database } from "@stride/db/client";
import { z } from "zod";
import { callerFor } from "./caller";
import { newPerson, type Person } from "./people";

// Shared fixtures for the coaching integration tests: links are made the way people make them,
// through a real invitation accepted by the athlete.

/** The token of a coaching invitation link (`/coach/join/<token>`). */
export function coachTokenOf(invite: { path: string }) {
  const token = invite.path.split("/coach/join/")[1];
  if (!token) throw new Error(`No token in ${invite.path}`);
  return token;
}

/** Moves a coaching invitation's expiry into the past, as if its days had run out. */
export async function expireCoachInvite(db: Database, inviteId: string) {
  await db.execute(
    `update coach_invites set expires_at = now() - interval '1 minute' where id = '${z.uuid().parse(inviteId)}'`,
  );
}

/** Every coaching link between the two people, ended ones included, oldest first. */
export function linkRows(db: Database, coachId: string, athleteId: string) {
  return db.query.coachingLinks.findMany({
    where: (link, { and, eq }) => and(eq(link.coachId, coachId), eq(link.athleteId, athleteId)),
    orderBy: (link, { asc }) => [asc(link.startedAt), asc(link.id)],
  });
}

/**
 * Makes `coach` the coach of `athlete` through an invitation link the athlete accepts (a new
 * link, or `token` of one link shared by many athletes).
 */
export async function linkCoach(coach: Person, athlete: Person, token?: string) {
  const shared = token ?? coachTokenOf(await coach.caller.coach.inviteLink({ expiresInDays: 7 }));
  await athlete.caller.coaching.acceptInvite({ token: shared });
  const links = await athlete.caller.coaching.myCoaches();
  const link = links.find((l) => l.coachId === coach.id);
  if (!link) throw new Error("The coaching link was not made");
  return link;
}

/** A coach and an athlete already linked, plus a stranger who coaches nobody here. */
export async function coachAndAthlete(db: Database) {
  const coach = await newPerson(db, { name: "Casey Coach" });
  const athlete = await newPerson(db, { name: "Ben Athlete" });
  const stranger = await newPerson(db, { name: "Sam Stranger" });
  const link = await linkCoach(coach, athlete);
  return { coach, athlete, stranger, link, anonymous: callerFor(db, null) };
}

/** The coach assigns a template to one athlete, who accepts it; the meso goal it made, read back. */
export async function assignAndAccept(
  coach: Person,
  athlete: Person,
  template: { id: string; startDate: string },
) {
  await coach.caller.coach.assignTemplate({
    id: template.id,
    athleteIds: [athlete.id],
    startDate: template.startDate,
    note: "",
  });
  const [proposal] = await athlete.caller.coaching.proposals();
  const accepted = await athlete.caller.coaching.acceptProposal({
    id: proposal?.id ?? "",
    note: "",
  });
  return athlete.caller.goals.get({ id: accepted.goalId ?? "" });
}
