import type { Metadata } from "next";
import { Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { NotificationList } from "./notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requireViewer("/notifications");
  return (
    <div className="space-y-6">
      <PageHeader title="Notifications">
        Comments, reactions, replies, mentions and new members.
      </PageHeader>
      <Card>
        <NotificationList />
      </Card>
    </div>
  );
}
