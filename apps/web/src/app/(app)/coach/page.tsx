import type { Metadata } from "next";
import { requireViewer } from "~/server/viewer";
import { ComingSoon } from "../coming-soon";

export const metadata: Metadata = { title: "Coach" };

export default async function CoachPage() {
  await requireViewer("/coach");
  return (
    <ComingSoon
      title="Coach"
      intro="Every athlete you coach on one screen, ranked by who needs you this week."
      points={[
        "See each athlete's goal tree and check-ins",
        "Comment, propose goals and assign plan templates",
      ]}
    />
  );
}
