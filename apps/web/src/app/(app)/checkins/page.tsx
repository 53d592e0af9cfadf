import { todayIn, weekStartOf } from "@stride/domain/periods";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Weekly check-in" };

/** The tab bar's "Check-ins": this week's check-in, in the person's own zone and week. */
export default async function CheckinsPage() {
  await requireViewer("/checkins");
  const profile = await fetchQuery(trpc.profile.get.queryOptions());
  redirect(`/checkins/${weekStartOf(todayIn(profile.timeZone), profile.weekStart)}`);
}
