/**
 * A session's workout in one line (formatted by the server with `formatWorkout`), and for its
 * owner the FIT file for a Garmin or COROS watch.
 */
export function WorkoutLine({
  text,
  sessionId,
  downloadable,
}: {
  text: string | null;
  sessionId: string;
  downloadable: boolean;
}) {
  if (!text) return null;
  return (
    <span className="flex w-full flex-wrap items-baseline gap-x-3 text-sm text-zinc-700 dark:text-zinc-300">
      <span data-testid="workout-text">{text}</span>
      {downloadable ? (
        <a
          href={`/api/workouts/${sessionId}`}
          download
          className="inline-flex min-h-11 items-center underline"
        >
          Download workout (.fit)
        </a>
      ) : null}
    </span>
  );
}
