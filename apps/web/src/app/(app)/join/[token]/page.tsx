import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";
import { JoinButton } from "./join-button";

export const metadata: Metadata = { title: "Join a group" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requireViewer(`/join/${encodeURIComponent(token)}`);
  const caller = await getServerCaller();
  let preview: Awaited<ReturnType<typeof caller.groups.previewInvite>> | null = null;
  let problem: string | null = null;
  try {
    preview = await caller.groups.previewInvite({ token });
    problem = preview.problem;
  } catch (error) {
    if (
      !(error instanceof TRPCError) ||
      (error.code !== "NOT_FOUND" && error.code !== "BAD_REQUEST")
    )
      throw error;
    problem =
      error.code === "NOT_FOUND"
        ? error.message
        : "This invitation link is not valid. Check that you copied all of it.";
  }
  return (
    <div className="space-y-6">
      <PageHeader title="Join a group" />
      <Card>
        {problem ? (
          <Alert tone="error">{problem}</Alert>
        ) : preview?.alreadyMember ? (
          <p>
            You're already in <strong>{preview.groupName}</strong>.{" "}
            <Link className="underline" href={`/groups/${preview.groupId}`}>
              Open the group
            </Link>
          </p>
        ) : preview ? (
          <div className="space-y-3">
            <p>
              You're invited to <strong>{preview.groupName}</strong>. Members see the check-ins you
              share with your groups, and you see theirs.
            </p>
            <JoinButton token={token} />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
