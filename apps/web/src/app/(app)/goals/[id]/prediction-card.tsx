import { formatCalendarDate } from "@stride/domain/periods";
import { formatDuration } from "@stride/domain/units";
import { NumberTable } from "~/components/number-table";
import { Section } from "~/components/ui";
import { fetchQuery, trpc } from "~/trpc/server";

/**
 * A best-performance goal's race prediction: what the best effort of the last 12 weeks predicts
 * over the goal's distance (Riegel's formula), against the goal, and how it moved week by week.
 */
export async function PredictionCard({ goalId }: { goalId: string }) {
  const prediction = await fetchQuery(trpc.training.prediction.queryOptions({ id: goalId }));
  if (!prediction) return null;
  const { predicted, goalSeconds, weeks } = prediction;
  const known = weeks.filter((week) => week.seconds !== null);
  return (
    <Section headingId="prediction-heading" title="Race prediction">
      {predicted === null ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Log a run of a mile or more to see a prediction.
        </p>
      ) : (
        <>
          <p className="text-lg" data-testid="prediction">
            Predicted <strong>{formatDuration(predicted.seconds)}</strong>
            {goalSeconds !== null ? ` for a goal of ${formatDuration(goalSeconds)}` : ""}
          </p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            From your {predicted.from.event} effort of {formatDuration(predicted.from.seconds)} on{" "}
            {formatCalendarDate(predicted.from.date, "d MMM")} (Riegel's formula, the best effort of
            the last 12 weeks).
          </p>
          {known.length > 1 ? (
            <NumberTable
              className="mt-3"
              caption="The prediction week by week"
              columns={["Week ending", "Predicted"]}
              rows={known.map((week) => ({
                key: week.date,
                cells: [formatCalendarDate(week.date, "d MMM"), formatDuration(week.seconds ?? 0)],
              }))}
            />
          ) : null}
        </>
      )}
    </Section>
  );
}
