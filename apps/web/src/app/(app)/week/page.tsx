import type { Metadata } from "next";
import { requireViewer } from "~/server/viewer";
import { ComingSoon } from "../coming-soon";

export const metadata: Metadata = { title: "This week" };

export default async function WeekPage() {
  await requireViewer("/week");
  return (
    <ComingSoon
      title="This week"
      intro="Your micro goals for the week: which days, what times, and how you'll make it happen."
      points={[
        "See this week's micro goals with their planned sessions by day",
        "Log what you did in two taps and watch your progress move",
        "Check in at the end of the week",
      ]}
    />
  );
}
