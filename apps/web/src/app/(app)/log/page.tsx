import type { Metadata } from "next";
import { requireViewer } from "~/server/viewer";
import { ComingSoon } from "../coming-soon";

export const metadata: Metadata = { title: "Log" };

export default async function LogPage() {
  await requireViewer("/log");
  return (
    <ComingSoon
      title="Log"
      intro="Everything you did: runs, strength sessions and daily habits."
      points={[
        "Log activities and habits",
        "Import GPX, TCX and FIT files from your watch, or a Strava export",
      ]}
    />
  );
}
