import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, trpc } from "~/trpc/server";
import { ThresholdsForm } from "./thresholds-form";

export const metadata: Metadata = { title: "Triage thresholds" };

export default async function CoachSettingsPage() {
  await requireViewer("/coach/settings");
  const thresholds = await fetchQuery(trpc.coach.thresholds.queryOptions());
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/coach" className="hover:underline">
          Coach
        </Link>
      </nav>
      <PageHeader title="Triage thresholds">When the dashboard flags an athlete.</PageHeader>
      <Card>
        <ThresholdsForm initial={thresholds} />
      </Card>
    </div>
  );
}
