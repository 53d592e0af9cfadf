import { ACTIVITY_LABELS } from "@stride/domain/goals";
import { formatCalendarDate, isCalendarDate } from "@stride/domain/periods";
import { formatDuration, formatNumber } from "@stride/domain/units";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ProgressSummary } from "~/components/progress-bar";
import { TextLink } from "~/components/text-link";
import { Badge, Card, PageHeader, Section } from "~/components/ui";
import { WorkoutLine } from "~/components/workout/workout-line";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, trpc } from "~/trpc/server";
import { HabitStepper } from "./habit-stepper";
import { LoadCard } from "./load-card";
import { LogPlannedButton } from "./log-planned-button";

export const metadata: Metadata = { title: "This week" };

const STATUS = {
  done: { text: "Done", tone: "success" },
  today: { text: "Today", tone: "brand" },
  upcoming: { text: "Upcoming", tone: "neutral" },
  missed: { text: "Missed", tone: "warning" },
} as const;

async function loadWeek(week: string | undefined) {
  try {
    return await fetchQuery(
      trpc.week.get.queryOptions({ weekStart: week && isCalendarDate(week) ? week : null }),
    );
  } catch (error) {
    // A date that is not a week start (an old bookmark after changing the week start): this week.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") redirect("/week");
    throw error;
  }
}

export default async function WeekPage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string }>;
}) {
  await requireViewer("/week");
  const week = await loadWeek((await searchParams).week);
  const range = `${formatCalendarDate(week.weekStart, "d MMM")} – ${formatCalendarDate(week.weekEnd, "d MMM yyyy")}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          week.isThisWeek ? "This week" : `Week of ${formatCalendarDate(week.weekStart, "d MMM")}`
        }
      >
        {range}
      </PageHeader>
      <nav aria-label="Weeks" className="flex flex-wrap items-center gap-2 text-sm">
        <Link
          className="rounded-lg px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
          href={`/week?week=${week.previousWeek}`}
        >
          ← Previous week
        </Link>
        {week.isThisWeek ? null : (
          <Link
            className="rounded-lg px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
            href="/week"
          >
            This week
          </Link>
        )}
        <Link
          className="rounded-lg px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
          href={`/week?week=${week.nextWeek}`}
        >
          Next week →
        </Link>
        <a
          className="ml-auto rounded-lg px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
          href={`/api/calendar/week?start=${week.weekStart}`}
        >
          Add this week to my calendar (.ics)
        </a>
      </nav>

      <Card aria-labelledby="checkin-heading">
        <h2 id="checkin-heading" className="text-base font-semibold">
          Weekly check-in
        </h2>
        {week.checkin.submitted ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Checked in{week.checkin.late ? " (late, and it still counts)" : ""}.{" "}
            <TextLink href={`/checkins/${week.weekStart}`}>Review or edit it</TextLink>
          </p>
        ) : week.checkin.canCheckIn ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Due {formatCalendarDate(week.weekEnd, "EEEE d MMM")}, at the end of your week.{" "}
            <TextLink href={`/checkins/${week.weekStart}`}>Check in for this week</TextLink>
          </p>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Opens when the week starts; due {formatCalendarDate(week.weekEnd, "EEEE d MMM")}.
          </p>
        )}
        {week.checkin.previousWeekMissing && week.checkin.canCheckIn ? (
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
            No check-in for the week before yet. It only takes two minutes, even late:{" "}
            <TextLink href={`/checkins/${week.previousWeek}`}>check in for last week</TextLink>.
          </p>
        ) : null}
      </Card>

      {week.goals.length === 0 ? (
        <Section title="No micro goals for this week yet">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A micro goal says exactly what you'll do this week, on which days and how. Add one under
            a meso goal, or copy last week's.
          </p>
          <Link
            href="/goals"
            className="mt-3 inline-block font-semibold text-brand-700 underline dark:text-brand-500"
          >
            Plan this week in Goals
          </Link>
        </Section>
      ) : (
        <ul className="space-y-4" aria-label="This week's goals">
          {week.goals.map((goal) => (
            <li key={goal.id}>
              <Card aria-labelledby={`goal-${goal.id}`}>
                <h2 id={`goal-${goal.id}`} className="mb-2 text-lg font-semibold">
                  <Link href={`/goals/${goal.id}`} className="inline-block py-1 hover:underline">
                    {goal.title}
                  </Link>
                </h2>
                <ProgressSummary progress={goal.progress} label={goal.title} />
                {goal.meso || goal.macro ? (
                  <div className="mt-3 space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-800">
                    {[goal.meso, goal.macro].map((parent) =>
                      parent ? (
                        <div key={parent.id}>
                          <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
                            {parent.level} ·{" "}
                            <Link
                              href={`/goals/${parent.id}`}
                              className="normal-case hover:underline"
                            >
                              {parent.title}
                            </Link>
                          </p>
                          <ProgressSummary
                            progress={parent.progress}
                            label={parent.title}
                            size="sm"
                          />
                        </div>
                      ) : null,
                    )}
                  </div>
                ) : null}
                {goal.target?.unit === "count" ? (
                  <div className="mt-4">
                    <HabitStepper
                      goalId={goal.id}
                      date={week.today}
                      count={goal.habitToday}
                      label={goal.target.label ?? "count"}
                      disabled={!week.isThisWeek}
                    />
                  </div>
                ) : null}
                {goal.plan.length > 0 ? (
                  <ul
                    className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800"
                    aria-label={`Plan for ${goal.title}`}
                  >
                    {goal.plan.map((session) => (
                      <li
                        key={session.id}
                        className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm"
                      >
                        <span className="w-24 font-medium">
                          {formatCalendarDate(session.day, "EEE d MMM")}
                        </span>
                        <span className="w-12 text-zinc-600 dark:text-zinc-400">
                          {session.time ?? ""}
                        </span>
                        <span className="min-w-0 flex-1">
                          {ACTIVITY_LABELS[session.activityType]}
                          {session.amount !== null && session.unit
                            ? ` ${formatNumber(session.amount)} ${session.unit}`
                            : ""}
                          {session.note ? ` · ${session.note}` : ""}
                        </span>
                        <Badge tone={STATUS[session.status].tone}>
                          {STATUS[session.status].text}
                        </Badge>
                        {session.status !== "done" && session.day <= week.today ? (
                          <LogPlannedButton
                            sessionId={session.id}
                            label={`${ACTIVITY_LABELS[session.activityType]} on ${formatCalendarDate(session.day, "EEEE")}`}
                          />
                        ) : null}
                        <WorkoutLine
                          text={session.workoutText}
                          sessionId={session.id}
                          downloadable
                        />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}

      <Card aria-labelledby="logged-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="logged-heading" className="text-lg font-semibold">
            Logged this week
          </h2>
          <Link
            href="/log"
            className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline dark:text-brand-500"
          >
            Log an activity
          </Link>
        </div>
        {week.activities.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing logged this week yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
            {week.activities.map((activity) => (
              <li key={activity.id} className="flex flex-wrap gap-x-3 py-2">
                <span className="w-24 font-medium">
                  {formatCalendarDate(activity.date, "EEE d MMM")}
                </span>
                <span>
                  {activity.name ?? ACTIVITY_LABELS[activity.type]}
                  {activity.distance !== null
                    ? ` · ${formatNumber(activity.distance)} ${activity.distanceUnit}`
                    : ""}
                  {activity.durationSeconds !== null
                    ? ` · ${formatDuration(activity.durationSeconds)}`
                    : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {week.isThisWeek ? <LoadCard /> : null}
    </div>
  );
}
