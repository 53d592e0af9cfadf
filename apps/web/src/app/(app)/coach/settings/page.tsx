import type { Metadata } from "next";
import { Breadcrumb } from "~/components/breadcrumb";
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
      <Breadcrumb trail={[{ href: "/coach", label: "Coach" }]} />
      <PageHeader title="Triage thresholds">When the dashboard flags an athlete.</PageHeader>
      <Card>
        <ThresholdsForm initial={thresholds} />
      </Card>
    </div>
  );
}
