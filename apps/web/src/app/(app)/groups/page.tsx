import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, trpc } from "~/trpc/server";
import { CreateGroup } from "./create-group";

export const metadata: Metadata = { title: "Groups" };

export default async function GroupsPage() {
  await requireViewer("/groups");
  const groups = await fetchQuery(trpc.groups.list.queryOptions());
  return (
    <div className="space-y-6">
      <PageHeader title="Groups">
        Accountability groups keep each other going between coach reviews.
      </PageHeader>
      {groups.length === 0 ? (
        <Card>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            You're not in a group yet. Start one and invite your running friends with a link, or ask
            a member for theirs.
          </p>
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Your groups">
          {groups.map((group) => (
            <li key={group.id}>
              <Card>
                <Link
                  href={`/groups/${group.id}`}
                  className="text-lg font-semibold hover:underline"
                >
                  {group.name}
                </Link>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                  {group.members} member{group.members === 1 ? "" : "s"}{" "}
                  {group.role === "owner" ? <Badge tone="brand">Owner</Badge> : null}
                </p>
                {group.description ? <p className="mt-2 text-sm">{group.description}</p> : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Card aria-labelledby="create-group-heading">
        <h2 id="create-group-heading" className="mb-3 text-lg font-semibold">
          Start a group
        </h2>
        <CreateGroup />
      </Card>
    </div>
  );
}
