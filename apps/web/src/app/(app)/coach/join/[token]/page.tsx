import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";
import { AnswerButtons } from "./answer-buttons";

export const metadata: Metadata = { title: "Coaching invitation" };

export default async function CoachJoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requireViewer(`/coach/join/${encodeURIComponent(token)}`);
  const caller = await getServerCaller();
  let preview: Awaited<ReturnType<typeof caller.coaching.previewInvite>> | null = null;
  let problem: string | null = null;
  try {
    preview = await caller.coaching.previewInvite({ token });
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
      <PageHeader title="Coaching invitation" />
      <Card>
        {problem ? (
          <Alert tone="error">{problem}</Alert>
        ) : preview?.alreadyCoached ? (
          <p>
            {preview.coachName} already coaches you.{" "}
            <Link className="underline" href="/settings#coaches">
              See your coaches
            </Link>
          </p>
        ) : preview ? (
          <div className="space-y-3">
            <p>
              <strong>{preview.coachName}</strong> would like to coach you.
            </p>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Your coach sees the goals and check-ins you share with your coach or your groups
              (never the private ones), your activities, and can comment and propose changes that
              you accept or decline. You can end it at any time in Settings.
            </p>
            <AnswerButtons token={token} coachName={preview.coachName} />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
