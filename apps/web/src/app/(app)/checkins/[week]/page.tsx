import { describeCheckinEdit } from "@stride/domain/checkins";
import { formatCalendarDate, isCalendarDate } from "@stride/domain/periods";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { CheckinComments } from "~/components/checkin-comments";
import { Moment } from "~/components/moment";
import { TextLink } from "~/components/text-link";
import { Alert, Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, HydrateClient, prefetch, trpc } from "~/trpc/server";
import { AdjustBlock } from "./adjust-block";
import { CheckinForm } from "./checkin-form";
import type { CheckinWeek } from "./checkin-model";

export const metadata: Metadata = { title: "Weekly check-in" };

export default async function CheckinPage({ params }: { params: Promise<{ week: string }> }) {
  const { week } = await params;
  await requireViewer(`/checkins/${encodeURIComponent(week)}`);
  let data: CheckinWeek;
  try {
    if (!isCalendarDate(week))
      throw new TRPCError({ code: "BAD_REQUEST", message: "That is not a date like 2026-11-23." });
    data = await fetchQuery(trpc.checkins.get.queryOptions({ weekStart: week }));
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") throw error;
    return (
      <div className="space-y-4">
        <PageHeader title="Weekly check-in" />
        <Alert tone="error">{error.message}</Alert>
        <TextLink href="/week">Back to your week</TextLink>
      </div>
    );
  }

  if (data.checkin) await prefetch(trpc.social.thread.queryOptions({ checkinId: data.checkin.id }));
  const range = `${formatCalendarDate(data.weekStart, "d MMM")} – ${formatCalendarDate(data.weekEnd, "d MMM yyyy")}`;
  return (
    <div className="space-y-6">
      <PageHeader title="Weekly check-in">
        {range}
        {data.checkin?.late ? " · checked in late (still counts)" : ""}
      </PageHeader>
      <Card aria-labelledby="consistency-heading">
        <h2 id="consistency-heading" className="text-base font-semibold">
          Your rhythm
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{data.consistency.text}</p>
        {data.consistency.run > 1 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {data.consistency.run} weeks in a row. Keep showing up.
          </p>
        ) : null}
      </Card>
      {data.adjustBlocks.map((block) => (
        <AdjustBlock key={`${block.id}-${block.version}`} block={block} />
      ))}
      <CheckinForm key={data.weekStart} data={data} />
      {data.checkin ? (
        <Card aria-labelledby="comments-heading" id="comments">
          <h2 id="comments-heading" className="text-base font-semibold">
            Comments
          </h2>
          <HydrateClient>
            <CheckinComments checkinId={data.checkin.id} />
          </HydrateClient>
        </Card>
      ) : null}
      {data.history.length > 0 ? (
        <Card aria-labelledby="edits-heading">
          <h2 id="edits-heading" className="mb-2 text-base font-semibold">
            Edits
          </h2>
          <ul className="space-y-1 text-sm">
            {data.history.map((entry) => (
              <li key={entry.id}>
                {entry.actorName} changed {describeCheckinEdit(entry.changes)} ·{" "}
                <Moment at={entry.createdAt} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
