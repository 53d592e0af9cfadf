import { formatCalendarDate } from "@stride/domain/periods";
import { ChartNumbers } from "~/components/number-table";
import { Card } from "~/components/ui";
import { fetchQuery, trpc } from "~/trpc/server";
import { LazyLoadPlot } from "./load-plot-lazy";

const ratioText = (ratio: number | null) => (ratio === null ? "—" : String(ratio));

/**
 * Training load over six weeks (session RPE: minutes × effort): what the last 7 days asked of the
 * athlete against what the last 28 made them used to.
 */
export async function LoadCard() {
  const { series, latest, estimated } = await fetchQuery(
    trpc.training.load.queryOptions({ days: 42 }),
  );
  const data = series.map((day) => ({ ...day, label: formatCalendarDate(day.date, "d MMM") }));
  const any = series.some((day) => day.load > 0);
  return (
    <Card aria-labelledby="load-heading">
      <h2 id="load-heading" className="mb-1 text-lg font-semibold">
        Training load
      </h2>
      {!any || !latest ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Log activities with a duration and an effort (1–10) to see your load.
        </p>
      ) : (
        <div className="space-y-3">
          <p className="text-sm" data-testid="load-summary">
            Acute (7 days) {latest.acute} · chronic (28 days) {latest.chronic} a day · ratio{" "}
            <strong>{ratioText(latest.ratio)}</strong>
          </p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Load is minutes × effort. A ratio of about 0.8–1.3 is steady training; well above it,
            this week asks much more than you are used to.
            {estimated > 0
              ? ` ${estimated} ${estimated === 1 ? "session has" : "sessions have"} no effort logged, so it is estimated from pace or type.`
              : ""}
          </p>
          <div aria-hidden="true" className="h-64 text-zinc-600 dark:text-zinc-400">
            <LazyLoadPlot data={data} />
          </div>
          <ChartNumbers
            caption="Training load by day"
            columns={["Day", "Load", "Acute", "Chronic", "Ratio"]}
            rows={data.map((day) => ({
              key: day.date,
              cells: [day.label, day.load, day.acute, day.chronic, ratioText(day.ratio)],
            }))}
          />
        </div>
      )}
    </Card>
  );
}
