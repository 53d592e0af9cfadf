import { formatCalendarDate } from "@stride/domain/periods";
import type { Metadata } from "next";
import Link from "next/link";
import { EmailInvite } from "~/components/email-invite";
import { ProgressSummary } from "~/components/progress-bar";
import { Badge, Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, HydrateClient, trpc } from "~/trpc/server";
import { InvitePanel } from "./_components/invite-panel";
import { ReviewButton } from "./_components/review-button";

export const metadata: Metadata = { title: "Coach" };

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

export default async function CoachPage({
  searchParams,
}: {
  searchParams: Promise<{ tag?: string }>;
}) {
  await requireViewer("/coach");
  const tag = (await searchParams).tag?.trim().slice(0, 40) || null;
  const [triage] = await Promise.all([
    fetchQuery(trpc.coach.triage.queryOptions({ tag })),
    fetchQuery(trpc.coach.invites.queryOptions()),
  ]);
  const waiting = triage.athletes.filter((a) => !a.reviewed && a.reasons.length > 0).length;

  return (
    <div className="space-y-6">
      <PageHeader title="Coach">
        {triage.athletes.length === 0 && !tag
          ? "Invite the athletes you coach to see them here, ranked by who needs you this week."
          : `${waiting} of ${triage.athletes.length} athletes need you this week. Most urgent first.`}
      </PageHeader>
      <nav aria-label="Coach tools" className="flex flex-wrap gap-2 text-sm">
        <Link
          className="rounded-lg border border-zinc-300 px-3 py-2 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          href="/coach/templates"
        >
          Plan templates
        </Link>
        <Link
          className="rounded-lg border border-zinc-300 px-3 py-2 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          href="/coach/settings"
        >
          Triage thresholds
        </Link>
      </nav>
      {triage.tags.length > 0 ? (
        <nav aria-label="Filter by tag" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">Tags:</span>
          <Link
            href="/coach"
            aria-current={tag === null ? "page" : undefined}
            className="rounded-full border border-zinc-300 px-3 py-1 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:border-zinc-700"
          >
            All
          </Link>
          {triage.tags.map((t) => (
            <Link
              key={t}
              href={`/coach?tag=${encodeURIComponent(t)}`}
              aria-current={tag?.toLowerCase() === t.toLowerCase() ? "page" : undefined}
              className="rounded-full border border-zinc-300 px-3 py-1 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:border-zinc-700"
            >
              {t}
            </Link>
          ))}
        </nav>
      ) : null}

      <ol aria-label="Athletes by who needs attention" className="space-y-4">
        {triage.athletes.map((athlete, index) => (
          <li key={athlete.athleteId}>
            <Card aria-label={athlete.name} className={athlete.reviewed ? "opacity-80" : ""}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 className="text-lg font-semibold">
                    <span className="sr-only">{index + 1}. </span>
                    <Link className="hover:underline" href={`/coach/athletes/${athlete.athleteId}`}>
                      {athlete.name}
                    </Link>
                  </h2>
                  <div className="mt-1 flex flex-wrap gap-1">
                    {athlete.reviewed ? <Badge tone="success">Reviewed this week</Badge> : null}
                    {athlete.tags.map((t) => (
                      <Badge key={t}>{t}</Badge>
                    ))}
                  </div>
                </div>
                <ReviewButton athleteId={athlete.athleteId} reviewed={athlete.reviewed} />
              </div>
              {athlete.reasons.length > 0 ? (
                <ul aria-label="Needs attention because" className="mt-3 space-y-1 text-sm">
                  {athlete.reasons.map((r) => (
                    <li key={r.kind} className="flex gap-2">
                      <span aria-hidden className="text-amber-600">
                        ●
                      </span>
                      {r.reason}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
                  Nothing needs you this week.
                </p>
              )}
              <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                <div>
                  <dt className="inline font-medium">This week so far: </dt>
                  <dd className="inline">
                    {athlete.thisWeek.goals === 0
                      ? "no weekly goals"
                      : `${percent(athlete.thisWeek.adherence)} of ${athlete.thisWeek.goals} weekly goals`}
                  </dd>
                </div>
                <div>
                  <dt className="inline font-medium">Last check-in: </dt>
                  <dd className="inline">
                    {athlete.lastCheckin
                      ? `week of ${formatCalendarDate(athlete.lastCheckin.weekStart, "d MMM")}${athlete.lastCheckin.late ? " (late)" : ""}`
                      : "none yet"}
                  </dd>
                </div>
              </dl>
              {athlete.macros.length + athlete.mesos.length > 0 ? (
                <ul aria-label="Current goals" className="mt-3 space-y-2">
                  {[...athlete.macros, ...athlete.mesos].map((goal) => (
                    <li key={goal.id}>
                      <p className="text-sm font-medium">{goal.title}</p>
                      <ProgressSummary progress={goal.progress} label={goal.title} size="sm" />
                    </li>
                  ))}
                </ul>
              ) : null}
            </Card>
          </li>
        ))}
      </ol>
      {triage.athletes.length === 0 && tag ? (
        <p className="text-sm">No athlete has the tag “{tag}”.</p>
      ) : null}
      <HydrateClient>
        <InvitePanel emailInvite={<EmailInvite label="Invite by email" to={{ kind: "coach" }} />} />
      </HydrateClient>
    </div>
  );
}
