import { formatCalendarDate } from "@stride/domain/periods";
import { formatDuration } from "@stride/domain/units";
import { Card } from "~/components/ui";
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
    <Card aria-labelledby="prediction-heading">
      <h2 id="prediction-heading" className="mb-1 text-lg font-semibold">
        Race prediction
      </h2>
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
            <table className="mt-3 w-full text-left text-sm">
              <caption className="sr-only">The prediction week by week</caption>
              <thead className="text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th className="py-1 font-medium">Week ending</th>
                  <th className="py-1 font-medium">Predicted</th>
                </tr>
              </thead>
              <tbody>
                {known.map((week) => (
                  <tr key={week.date} className="border-t border-zinc-200 dark:border-zinc-800">
                    <td className="py-1">{formatCalendarDate(week.date, "d MMM")}</td>
                    <td className="py-1">{formatDuration(week.seconds ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </Card>
  );
}
