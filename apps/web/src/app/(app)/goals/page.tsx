import { todayIn } from "@stride/domain/periods";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Section } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, trpc } from "~/trpc/server";
import { AddGoal } from "./_components/add-goal";
import { CoachProposals } from "./_components/coach-proposals";
import { CopyLastWeekButton } from "./_components/copy-week-button";
import { GoalTree } from "./_components/goal-tree";
import { formContextOf } from "./_components/types";

export const metadata: Metadata = { title: "Goals" };

function EmptyState() {
  return (
    <Section gap="mb-3" title="Three levels of goals">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-semibold">Macro: your year</dt>
          <dd className="text-zinc-600 dark:text-zinc-400">
            One broad direction for the next 12 months that lights you up, like running a half
            marathon.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Meso: a 2–6 week block</dt>
          <dd className="text-zinc-600 dark:text-zinc-400">
            A realistic, measurable step toward it, like building from 10 to 15 miles a week.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Micro: this week</dt>
          <dd className="text-zinc-600 dark:text-zinc-400">
            Exactly what you'll do, on which days and how, like three runs on Tuesday, Thursday and
            Sunday.
          </dd>
        </div>
      </dl>
      <p className="mt-4 text-sm">
        Start with a macro goal; you can add the blocks and weeks as you go.
      </p>
    </Section>
  );
}

export default async function GoalsPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  await requireViewer("/goals");
  const profile = await fetchQuery(trpc.profile.get.queryOptions());
  const requested = Number((await searchParams).year);
  const thisYear = Number(todayIn(profile.timeZone).slice(0, 4));
  const year =
    Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : thisYear;
  const [tree, proposals] = await Promise.all([
    fetchQuery(trpc.goals.tree.queryOptions({ year })),
    fetchQuery(trpc.coaching.proposals.queryOptions()),
  ]);
  const context = formContextOf(tree, profile.distanceUnit);

  return (
    <div className="space-y-6">
      <PageHeader title="Goals">
        Macro for the year, meso for each block, micro for each week.
      </PageHeader>
      <CoachProposals proposals={proposals} />
      <nav aria-label="Year" className="flex items-center gap-2 text-sm">
        <Link
          className="rounded-lg px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
          href={`/goals?year=${year - 1}`}
        >
          ← {year - 1}
        </Link>
        <span className="px-2 text-lg font-semibold" aria-current="page">
          {year}
        </span>
        <Link
          className="rounded-lg px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
          href={`/goals?year=${year + 1}`}
        >
          {year + 1} →
        </Link>
      </nav>
      <div className="flex flex-wrap items-start gap-3">
        <AddGoal level="macro" parent={null} context={context} variant="primary" />
        <CopyLastWeekButton weekStart={tree.thisWeekStart} />
      </div>
      {tree.roots.length === 0 ? <EmptyState /> : <GoalTree roots={tree.roots} context={context} />}
    </div>
  );
}
