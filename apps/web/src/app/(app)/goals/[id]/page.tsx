import {
  CATEGORY_LABELS,
  LEVEL_LABELS,
  STATUS_LABELS,
  VISIBILITY_LABELS,
} from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "~/components/breadcrumb";
import { GoalComments } from "~/components/goal-comments";
import { ProgressSummary } from "~/components/progress-bar";
import { Badge, Card, Section } from "~/components/ui";
import { WorkoutLine } from "~/components/workout/workout-line";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, HydrateClient, orNotFound, prefetch, trpc } from "~/trpc/server";
import { AddGoal } from "../_components/add-goal";
import { periodText } from "../_components/goal-tree";
import { QualityNotes } from "../_components/quality-panel";
import { formContextOf } from "../_components/types";
import { ChecklistTicks } from "./checklist-ticks";
import { GoalActions } from "./goal-actions";
import { GoalChart } from "./goal-chart";
import { GoalHistory } from "./goal-history";
import { PredictionCard } from "./prediction-card";

export const metadata: Metadata = { title: "Goal" };

export default async function GoalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireViewer(`/goals/${encodeURIComponent(id)}`);
  const detail = await orNotFound(() => fetchQuery(trpc.goals.get.queryOptions({ id })));
  await prefetch(trpc.social.goalThread.queryOptions({ goalId: detail.goal.id }));
  const { goal, parent } = detail;
  const context = formContextOf(detail, detail.distanceUnit);

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: `/goals?year=${goal.periodStart.slice(0, 4)}`, label: "Goals" },
          ...(parent ? [{ href: `/goals/${parent.id}`, label: parent.title }] : []),
        ]}
      />

      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="brand">{LEVEL_LABELS[goal.level]}</Badge>
          <Badge
            tone={
              goal.status === "achieved"
                ? "success"
                : goal.status === "missed"
                  ? "danger"
                  : "neutral"
            }
          >
            {STATUS_LABELS[goal.status]}
          </Badge>
          {goal.archived ? <Badge tone="warning">Archived</Badge> : null}
        </div>
        <h1 className="text-2xl font-bold tracking-tight">{goal.title}</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          {periodText(goal)} · {CATEGORY_LABELS[goal.category]} · Visible to:{" "}
          {VISIBILITY_LABELS[goal.visibility].toLowerCase()}
        </p>
      </header>

      <Card>
        <h2 className="mb-1 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
          Target
        </h2>
        <p className="text-lg font-semibold" data-testid="goal-target">
          {goal.targetText}
        </p>
        <TextSection title="Why" text={goal.why} />
        <TextSection title="Strategy" text={goal.strategy} />
        <div className="mt-4">
          <ProgressSummary progress={detail.progress} label={goal.title} />
        </div>
        {detail.warnings.length > 0 ? (
          <div className="mt-4">
            <QualityNotes warnings={detail.warnings} />
          </div>
        ) : null}
      </Card>
      {goal.target?.kind === "best_performance" ? <PredictionCard goalId={goal.id} /> : null}

      {detail.chart ? (
        <Section
          headingId="chart-heading"
          gap="mb-3"
          title={detail.chart.kind === "weekly" ? "Week by week" : "Running total"}
        >
          <GoalChart chart={detail.chart} />
        </Section>
      ) : null}

      {goal.level === "micro" ? (
        <Section headingId="plan-heading" gap="mb-3" title="Plan">
          {detail.plan.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              No days planned yet. Edit the goal to pick them.
            </p>
          ) : (
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {detail.plan.map((session) => (
                <li key={session.id} className="flex flex-wrap gap-x-3 py-2 text-sm">
                  <span className="w-28 font-medium">
                    {formatCalendarDate(session.day, "EEE d MMM")}
                  </span>
                  <span className="w-14 text-zinc-600 dark:text-zinc-400">
                    {session.time ?? "Any time"}
                  </span>
                  <span>
                    {session.activityType.replace("_", "-")}
                    {session.amount !== null && goal.target
                      ? ` · ${session.amount} ${goal.target.unit}`
                      : ""}
                    {session.note ? ` · ${session.note}` : ""}
                  </span>
                  <WorkoutLine text={session.workoutText} sessionId={session.id} downloadable />
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}

      {goal.target?.kind === "checklist" ? (
        <Section headingId="checklist-heading" gap="mb-3" title="Checklist">
          <ChecklistTicks items={detail.checklist} />
        </Section>
      ) : null}

      {detail.childLevel ? (
        <Section
          headingId="children-heading"
          gap="mb-3"
          title={`${LEVEL_LABELS[detail.childLevel]} goals`}
        >
          {detail.children.length === 0 ? (
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">None yet.</p>
          ) : (
            <ul className="mb-4 divide-y divide-zinc-200 dark:divide-zinc-800">
              {detail.children.map((child) => (
                <li key={child.id} className="space-y-1 py-2 text-sm">
                  <div className="flex flex-wrap justify-between gap-x-3">
                    <span className="flex items-center gap-2">
                      <Link
                        href={`/goals/${child.id}`}
                        className="inline-flex min-h-6 items-center font-medium text-brand-700 hover:underline dark:text-brand-500"
                      >
                        {child.title}
                      </Link>
                      {child.status !== "active" ? (
                        <Badge>{STATUS_LABELS[child.status]}</Badge>
                      ) : null}
                    </span>
                    <span className="text-zinc-600 dark:text-zinc-400">
                      {periodText(child)} · {child.targetText}
                      {child.archived ? " · archived" : ""}
                    </span>
                  </div>
                  <ProgressSummary progress={child.progress} label={child.title} size="sm" />
                </li>
              ))}
            </ul>
          )}
          {goal.archived ? null : (
            <AddGoal level={detail.childLevel} parent={goal} context={context} />
          )}
        </Section>
      ) : null}

      <GoalActions key={goal.version} detail={detail} context={context} />
      <Card aria-labelledby="goal-comments-heading">
        <h2 id="goal-comments-heading" className="sr-only">
          Comments
        </h2>
        <HydrateClient>
          <GoalComments goalId={detail.goal.id} title="Comments with your coach" />
        </HydrateClient>
      </Card>
      <GoalHistory history={detail.history} timeZone={detail.timeZone} />
    </div>
  );
}

/** A heading and the athlete's own words under it, kept as they wrote them; nothing when empty. */
function TextSection({ title, text }: { title: string; text: string }) {
  return text ? (
    <>
      <h2 className="mt-4 mb-1 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {title}
      </h2>
      <p className="whitespace-pre-line">{text}</p>
    </>
  ) : null;
}
