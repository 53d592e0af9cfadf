import type { Database } from "@stride/db/client";
import { asOwner } from "@stride/db/queries";
import { type ProposalKind, readProposal } from "@stride/domain/coaching";
import type { Profile } from "@stride/domain/profile";
import { workoutReaderFor, workoutView } from "./workouts";

type ProposalWithPayload = { kind: ProposalKind; status: string; payload: unknown };

/**
 * The weeks of a pending plan, as the athlete will get them: each week's title and sessions,
 * workouts spelled out in their unit. Other proposals, and a plan that no longer reads, have none.
 */
export async function planPreviews(
  db: Database,
  athlete: { id: string; profile: Pick<Profile, "distanceUnit"> },
  rows: readonly ProposalWithPayload[],
) {
  const plans = rows.map((row) => {
    if (row.kind !== "plan" || row.status !== "pending") return null;
    try {
      const payload = readProposal(row.kind, row.payload);
      return payload.kind === "plan" ? payload : null;
    } catch {
      return null;
    }
  });
  const sessions = plans.flatMap((plan) => plan?.micros.flatMap((micro) => micro.plan) ?? []);
  const reader = await workoutReaderFor(db, {
    viewer: asOwner(athlete.id),
    athleteId: athlete.id,
    distanceUnit: athlete.profile.distanceUnit,
    workouts: sessions.map((session) => session.workout ?? null),
  });
  return plans.map(
    (plan) =>
      plan?.micros.map((micro) => ({
        periodStart: micro.periodStart,
        periodEnd: micro.periodEnd,
        title: micro.title,
        strategy: micro.strategy,
        sessions: micro.plan.map((session) => ({
          day: session.day,
          activityType: session.activityType,
          amount: session.amount,
          unit: micro.target?.unit ?? null,
          note: session.note,
          workoutText: workoutView(session.workout ?? null, reader).workoutText,
        })),
      })) ?? null,
  );
}
