import type { Metadata } from "next";
import { requireViewer } from "~/server/viewer";
import { ComingSoon } from "../coming-soon";

export const metadata: Metadata = { title: "Groups" };

export default async function GroupsPage() {
  await requireViewer("/groups");
  return (
    <ComingSoon
      title="Groups"
      intro="Accountability groups keep each other going between coach reviews."
      points={[
        "Join a group by invitation",
        "Read the check-ins members share, comment and cheer them on",
      ]}
    />
  );
}
