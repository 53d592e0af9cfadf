import { ACTIVITY_LABELS } from "@stride/domain/goals";
import { formatDuration, fromStored } from "@stride/domain/units";
import type { Metadata } from "next";
import { Breadcrumb } from "~/components/breadcrumb";
import { Section } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, HydrateClient, orNotFound, prefetch, trpc } from "~/trpc/server";
import { GoalChart } from "../../../goals/[id]/goal-chart";
import { ReviewButton } from "../../_components/review-button";
import { AthleteCheckins } from "./athlete-checkins";
import { AthletePlan } from "./athlete-plan";
import { AthleteTraining } from "./athlete-training";
import { AthleteTree } from "./athlete-tree";
import { EndCoaching } from "./end-coaching";
import { ProposalList } from "./proposal-list";
import { TagEditor } from "./tag-editor";

type TreeNode = { id: string; children: TreeNode[] };
const goalIdsOf = (nodes: TreeNode[]): string[] =>
  nodes.flatMap((node) => [node.id, ...goalIdsOf(node.children)]);

export const metadata: Metadata = { title: "Athlete" };

export default async function AthletePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireViewer(`/coach/athletes/${encodeURIComponent(id)}`);
  const view = await orNotFound(() =>
    fetchQuery(trpc.coach.athlete.queryOptions({ athleteId: id })),
  );
  // Each goal's conversation is on the page (behind "Discuss"): it comes with it.
  await Promise.all(
    goalIdsOf(view.tree.roots).map((goalId) =>
      prefetch(trpc.social.goalThread.queryOptions({ goalId })),
    ),
  );
  const unit = view.distanceUnit;

  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/coach", label: "Coach" }]} />
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{view.athlete.name}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Coached since {new Date(view.athlete.startedAt).toISOString().slice(0, 10)} · only what{" "}
            {view.athlete.name} shares with their coach is shown.
          </p>
        </div>
        <ReviewButton athleteId={view.athlete.id} reviewed={view.athlete.reviewed} />
      </header>
      <TagEditor athleteId={view.athlete.id} tags={view.athlete.tags} />

      <HydrateClient>
        <AthleteTree athleteId={view.athlete.id} roots={view.tree.roots} year={view.tree.year} />
      </HydrateClient>
      <AthletePlan name={view.athlete.name} plan={view.plan} />
      <AthleteTraining name={view.athlete.name} training={view.training} />
      <ProposalList athleteId={view.athlete.id} proposals={view.proposals} />

      <Section headingId="volume-heading" gap="mb-3" title="Weekly running, last 12 weeks">
        <GoalChart
          chart={{
            kind: "weekly",
            unit,
            points: view.volume.map((w) => ({
              weekStart: w.weekStart,
              value: Math.round(fromStored(w.metres, unit) * 10) / 10,
              target: null,
            })),
          }}
        />
      </Section>

      <AthleteCheckins checkins={view.checkins} />

      <Section headingId="activities-heading" gap="mb-3" title="Recent activities">
        {view.activities.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing logged yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
            {view.activities.map((a) => (
              <li key={a.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  {a.date} · {a.name || ACTIVITY_LABELS[a.type]}
                </span>
                <span className="text-zinc-600 dark:text-zinc-400">
                  {[
                    a.distance === null ? null : `${a.distance} ${a.distanceUnit}`,
                    a.durationSeconds === null ? null : formatDuration(a.durationSeconds),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <EndCoaching linkId={view.athlete.linkId} name={view.athlete.name} />
    </div>
  );
}
