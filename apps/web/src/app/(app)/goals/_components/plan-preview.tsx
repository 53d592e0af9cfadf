import type { AppRouter } from "@stride/api";
import { ACTIVITY_LABELS } from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import { formatNumber } from "@stride/domain/units";
import type { inferRouterOutputs } from "@trpc/server";

type Weeks = NonNullable<inferRouterOutputs<AppRouter>["coaching"]["proposals"][number]["weeks"]>;

/** A proposed plan's weeks, sessions and workouts, to read before accepting it. */
export function PlanPreview({ weeks }: { weeks: Weeks }) {
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 font-medium">
        See the {weeks.length} weeks
      </summary>
      <ol className="space-y-2" aria-label="Weeks of the proposed plan">
        {weeks.map((week) => (
          <li key={week.periodStart}>
            <p className="font-medium">
              {formatCalendarDate(week.periodStart, "d MMM")}–
              {formatCalendarDate(week.periodEnd, "d MMM")}: {week.title}
            </p>
            {week.strategy ? (
              <p className="text-zinc-600 dark:text-zinc-400">{week.strategy}</p>
            ) : null}
            <ul className="list-disc pl-5">
              {week.sessions.map((session) => (
                <li key={`${session.day}-${session.note}-${session.workoutText}`}>
                  {formatCalendarDate(session.day, "EEE")} · {ACTIVITY_LABELS[session.activityType]}
                  {session.amount !== null && session.unit
                    ? ` ${formatNumber(session.amount)} ${session.unit}`
                    : ""}
                  {session.note ? ` · ${session.note}` : ""}
                  {session.workoutText ? ` · ${session.workoutText}` : ""}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
