import { todayIn } from "@stride/domain/periods";
import type { Metadata } from "next";
import { PageHeader, Section } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { ActivityList } from "./activity-list";
import { activityFilters, activityPages } from "./activity-pages";
import { AddActivity } from "./add-activity";
import { ImportPanel } from "./import-panel";

export const metadata: Metadata = { title: "Log" };

export default async function LogPage() {
  await requireViewer("/log");
  const profile = await fetchQuery(trpc.profile.get.queryOptions());
  const today = todayIn(profile.timeZone);
  await getQueryClient().prefetchInfiniteQuery(
    trpc.activities.list.infiniteQueryOptions(activityFilters(null, "", ""), activityPages),
  );

  return (
    <div className="space-y-6">
      <PageHeader title="Log">
        Everything you did. It counts toward your goals as soon as it's here.
      </PageHeader>
      <Section headingId="add-heading" gap="mb-4" title="Log an activity">
        <AddActivity today={today} distanceUnit={profile.distanceUnit} />
      </Section>
      <Section headingId="import-heading" title="Import from your watch or Strava">
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          GPX, TCX and FIT files, Strava's bulk-export <code>activities.csv</code>, or Stride's own
          CSV. You'll see a preview first; anything already in your log is skipped.
        </p>
        <ImportPanel timeZone={profile.timeZone} />
      </Section>
      <Section headingId="list-heading" gap="mb-4" title="Your activities">
        <HydrateClient>
          <ActivityList today={today} distanceUnit={profile.distanceUnit} />
        </HydrateClient>
      </Section>
    </div>
  );
}
