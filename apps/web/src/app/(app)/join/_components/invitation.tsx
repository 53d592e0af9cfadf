import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { Alert, Card, PageHeader } from "~/components/ui";
import { fetchQuery, trpc } from "~/trpc/server";
import { AnswerInvitation } from "./answer-invitation";

export type InvitationKind = "group" | "coach";

export const INVITATION_TITLES: Record<InvitationKind, string> = {
  group: "Join a group",
  coach: "Coaching invitation",
};

/** A preview, or the sentence that says why the link does not work. */
async function preview<T extends { problem: string | null }>(read: () => Promise<T>) {
  try {
    const found = await read();
    return { found, problem: found.problem };
  } catch (error) {
    if (
      !(error instanceof TRPCError) ||
      (error.code !== "NOT_FOUND" && error.code !== "BAD_REQUEST")
    )
      throw error;
    return {
      found: null,
      problem:
        error.code === "NOT_FOUND"
          ? error.message
          : "This invitation link is not valid. Check that you copied all of it.",
    };
  }
}

async function Body({ kind, token }: { kind: InvitationKind; token: string }) {
  if (kind === "group") {
    const { found, problem } = await preview(() =>
      fetchQuery(trpc.groups.previewInvite.queryOptions({ token })),
    );
    if (problem || !found) return <Alert tone="error">{problem}</Alert>;
    if (found.alreadyMember)
      return (
        <p>
          You're already in <strong>{found.groupName}</strong>.{" "}
          <Link className="underline" href={`/groups/${found.groupId}`}>
            Open the group
          </Link>
        </p>
      );
    return (
      <div className="space-y-3">
        <p>
          You're invited to <strong>{found.groupName}</strong>. Members see the check-ins you share
          with your groups, and you see theirs.
        </p>
        <AnswerInvitation kind="group" token={token} name={found.groupName} />
      </div>
    );
  }
  const { found, problem } = await preview(() =>
    fetchQuery(trpc.coaching.previewInvite.queryOptions({ token })),
  );
  if (problem || !found) return <Alert tone="error">{problem}</Alert>;
  if (found.alreadyCoached)
    return (
      <p>
        {found.coachName} already coaches you.{" "}
        <Link className="underline" href="/settings#coaches">
          See your coaches
        </Link>
      </p>
    );
  return (
    <div className="space-y-3">
      <p>
        <strong>{found.coachName}</strong> would like to coach you.
      </p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Your coach sees the goals and check-ins you share with your coach or your groups (never the
        private ones), your activities, and can comment and propose changes that you accept or
        decline. You can end it at any time in Settings.
      </p>
      <AnswerInvitation kind="coach" token={token} name={found.coachName} />
    </div>
  );
}

/** The one invitation page: `/join/[token]` (a group) and `/coach/join/[token]` (a coach). */
export function InvitationPage({ kind, token }: { kind: InvitationKind; token: string }) {
  return (
    <div className="space-y-6">
      <PageHeader title={INVITATION_TITLES[kind]} />
      <Card>
        <Body kind={kind} token={token} />
      </Card>
    </div>
  );
}
