import { Card, PageHeader } from "~/components/ui";

/** An honest placeholder for a screen a later release builds: no invented data. */
export function ComingSoon({
  title,
  intro,
  points,
}: {
  title: string;
  intro: string;
  points: string[];
}) {
  return (
    <>
      <PageHeader title={title}>{intro}</PageHeader>
      <Card>
        <p className="mb-3 inline-block rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
          Coming soon
        </p>
        <p className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">
          This screen is not built yet. It will let you:
        </p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}
