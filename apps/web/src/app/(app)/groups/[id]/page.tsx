import type { Metadata } from "next";
import { Breadcrumb } from "~/components/breadcrumb";
import { Badge, Card } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import {
  fetchQuery,
  getQueryClient,
  HydrateClient,
  orNotFound,
  prefetch,
  trpc,
} from "~/trpc/server";
import { Feed } from "./feed";
import { feedPages } from "./feed-pages";
import { LeaveGroup } from "./leave-group";
import { MemberList } from "./member-list";
import { OwnerTools } from "./owner-tools";

export const metadata: Metadata = { title: "Group" };

function prefetchFeed(groupId: string) {
  return getQueryClient().fetchInfiniteQuery(
    trpc.groups.feed.infiniteQueryOptions({ groupId }, feedPages),
  );
}

function load(groupId: string) {
  return orNotFound(() =>
    Promise.all([
      fetchQuery(trpc.groups.get.queryOptions({ groupId })),
      fetchQuery(trpc.groups.notCheckedIn.queryOptions({ groupId })),
      // The first page of the feed comes with the page: it shows at once, and nothing below it
      // moves when it arrives.
      prefetchFeed(groupId),
    ]),
  );
}

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireViewer(`/groups/${encodeURIComponent(id)}`);
  const [group, waiting] = await load(id);
  if (group.role === "owner")
    await prefetch(trpc.groups.invites.queryOptions({ groupId: group.id }));

  return (
    <HydrateClient>
      <div className="space-y-6">
        <Breadcrumb trail={[{ href: "/groups", label: "Groups" }]} />
        <header className="space-y-1">
          <h1 className="text-2xl font-bold tracking-tight">{group.name}</h1>
          {group.description ? (
            <p className="text-zinc-700 dark:text-zinc-300">{group.description}</p>
          ) : null}
          {group.weeklyTheme ? (
            <p className="text-sm">
              <Badge tone="brand">This week</Badge> {group.weeklyTheme}
            </p>
          ) : null}
        </header>

        {waiting.length > 0 ? (
          <Card aria-labelledby="waiting-heading">
            <h2 id="waiting-heading" className="text-base font-semibold">
              Still to check in this week
            </h2>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              {waiting.map((m) => (m.you ? "you" : m.name)).join(", ")}. A kind word helps more than
              a reminder.
            </p>
          </Card>
        ) : null}

        <section aria-labelledby="feed-heading" className="space-y-3">
          <h2 id="feed-heading" className="text-lg font-semibold">
            Check-ins
          </h2>
          <Feed groupId={group.id} />
        </section>

        <Card aria-labelledby="members-heading">
          <h2 id="members-heading" className="mb-2 text-lg font-semibold">
            Members
          </h2>
          {/* Members get the list as plain markup; only the owner loads the tools to manage it. */}
          {group.role === "owner" ? (
            <OwnerTools group={group}>
              <MemberList members={group.members} />
            </OwnerTools>
          ) : (
            <MemberList members={group.members} />
          )}
          <div className="mt-4">
            <LeaveGroup
              groupId={group.id}
              isOwner={group.role === "owner"}
              alone={group.members.length === 1}
            />
          </div>
        </Card>
      </div>
    </HydrateClient>
  );
}
