import type { Metadata } from "next";
import { Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { NotificationList } from "./notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requireViewer("/notifications");
  await prefetch(trpc.notifications.list.queryOptions());
  return (
    <div className="space-y-6">
      <PageHeader title="Notifications">
        Comments, reactions, replies, mentions and new members.
      </PageHeader>
      <Card>
        <HydrateClient>
          <NotificationList />
        </HydrateClient>
      </Card>
    </div>
  );
}
