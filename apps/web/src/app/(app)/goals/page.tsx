import type { Metadata } from "next";
import { requireViewer } from "~/server/viewer";
import { ComingSoon } from "../coming-soon";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage() {
  await requireViewer("/goals");
  return (
    <ComingSoon
      title="Goals"
      intro="Macro goals for the year, meso goals for 2–6 week blocks, micro goals for each week."
      points={[
        "Set a macro goal that lights you up, with a measurable target and your why",
        "Break it into meso blocks and plan specific micro weeks",
        "Get feedback when a goal is not measurable, specific or realistic",
      ]}
    />
  );
}
