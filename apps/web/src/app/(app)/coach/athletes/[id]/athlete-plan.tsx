import type { AppRouter } from "@stride/api";
import { ACTIVITY_LABELS } from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import { formatNumber } from "@stride/domain/units";
import type { inferRouterOutputs } from "@trpc/server";
import { Section } from "~/components/ui";
import { WorkoutLine } from "~/components/workout/workout-line";

type PlannedSession = inferRouterOutputs<AppRouter>["coach"]["athlete"]["plan"][number];

/** The athlete's plan for this week, workouts spelled out, from the goals shown to the coach. */
export function AthletePlan({ name, plan }: { name: string; plan: readonly PlannedSession[] }) {
  return (
    <Section headingId="plan-heading" gap="mb-3" title="This week's plan">
      {plan.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {name} has no sessions planned this week that you can see.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          {plan.map((session) => (
            <li key={session.id} className="flex flex-wrap gap-x-3 py-2">
              <span className="w-24 font-medium">
                {formatCalendarDate(session.day, "EEE d MMM")}
              </span>
              <span className="w-12 text-zinc-600 dark:text-zinc-400">{session.time ?? ""}</span>
              <span className="min-w-0 flex-1">
                {ACTIVITY_LABELS[session.activityType]}
                {session.amount !== null && session.unit
                  ? ` ${formatNumber(session.amount)} ${session.unit}`
                  : ""}
                {session.note ? ` · ${session.note}` : ""} · {session.goalTitle}
              </span>
              <WorkoutLine text={session.workoutText} sessionId={session.id} downloadable={false} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
