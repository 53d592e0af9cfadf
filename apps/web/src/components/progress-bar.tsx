import { type GoalProgress, STATE_LABELS } from "@stride/domain/progress";
import { Badge } from "./ui";

const STATE_TONE = {
  no_target: "neutral",
  not_started: "neutral",
  done: "success",
  ahead: "success",
  on_track: "brand",
  behind: "warning",
  at_risk: "danger",
  partial: "warning",
  missed: "danger",
  let_go: "neutral",
} as const;

const BAR_COLOR = {
  no_target: "bg-zinc-400",
  not_started: "bg-zinc-400",
  done: "bg-emerald-600",
  ahead: "bg-emerald-600",
  on_track: "bg-brand-600",
  behind: "bg-amber-500",
  at_risk: "bg-red-600",
  partial: "bg-amber-500",
  missed: "bg-red-600",
  let_go: "bg-zinc-400",
} as const;

/** A goal's progress: a bar, its state in words, and what it is measured in. */
export function ProgressSummary({
  progress,
  label,
  size = "md",
}: {
  progress: GoalProgress;
  label: string;
  size?: "sm" | "md";
}) {
  const percent = progress.percent === null ? null : Math.max(0, Math.min(100, progress.percent));
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={STATE_TONE[progress.state]}>{STATE_LABELS[progress.state]}</Badge>
        <span className={size === "sm" ? "text-zinc-600 dark:text-zinc-400" : "font-medium"}>
          {progress.summary}
        </span>
        {progress.detail ? (
          <span className="text-zinc-600 dark:text-zinc-400">· {progress.detail}</span>
        ) : null}
      </div>
      {percent !== null ? (
        <div
          role="progressbar"
          aria-label={`${label}: ${progress.summary}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(percent)}
          className={`w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800 ${size === "sm" ? "h-1.5" : "h-2.5"}`}
        >
          <div
            className={`h-full rounded-full ${BAR_COLOR[progress.state]}`}
            style={{ width: `${percent}%` }}
          />
        </div>
      ) : null}
      {progress.projection && size === "md" ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{progress.projection}</p>
      ) : null}
    </div>
  );
}
