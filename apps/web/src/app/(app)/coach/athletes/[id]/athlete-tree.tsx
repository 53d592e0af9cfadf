import type { AppRouter } from "@stride/api";
import { LEVEL_LABELS } from "@stride/domain/goals";
import type { inferRouterOutputs } from "@trpc/server";
import { GoalComments } from "~/components/goal-comments";
import { ProgressSummary } from "~/components/progress-bar";
import { Badge, Section } from "~/components/ui";
import { periodText } from "../../../goals/_components/goal-tree";
import { ProposeForm } from "./propose-form";

type Node = inferRouterOutputs<AppRouter>["coach"]["athlete"]["tree"]["roots"][number];

const disclosure =
  "flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700 underline dark:text-brand-300";

function GoalNode({ goal, athleteId }: { goal: Node; athleteId: string }) {
  const childLevel = goal.level === "macro" ? "meso" : goal.level === "meso" ? "micro" : null;
  return (
    <li id={`goal-${goal.id}`} className="space-y-2">
      <div className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="brand">{LEVEL_LABELS[goal.level]}</Badge>
          <h3 className="font-semibold">{goal.title}</h3>
          <span className="text-sm text-zinc-600 dark:text-zinc-400">{periodText(goal)}</span>
        </div>
        <p className="mt-1 text-sm">{goal.targetText}</p>
        <div className="mt-2">
          <ProgressSummary progress={goal.progress} label={goal.title} size="sm" />
        </div>
        {/* One disclosure per goal (the talk, then the two kinds of proposal inside it), so a
            long tree reads as a list of goals on a phone. */}
        <details className="mt-2">
          <summary className={disclosure}>
            Discuss or propose<span className="sr-only"> “{goal.title}”</span>
          </summary>
          <div className="mt-2 flex flex-col gap-2">
            <GoalComments goalId={goal.id} />
            <details>
              <summary className={disclosure}>Propose a change to “{goal.title}”</summary>
              <ProposeForm athleteId={athleteId} goal={goal} mode={{ kind: "change" }} />
            </details>
            {childLevel ? (
              <details>
                <summary className={disclosure}>
                  Propose a new {LEVEL_LABELS[childLevel].toLowerCase()} goal under “{goal.title}”
                </summary>
                <ProposeForm
                  athleteId={athleteId}
                  goal={goal}
                  mode={{ kind: "goal", level: childLevel }}
                />
              </details>
            ) : null}
          </div>
        </details>
      </div>
      <GoalChildren goal={goal} athleteId={athleteId} />
    </li>
  );
}

const childList = "space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-800";

/**
 * A goal's children; under a meso goal the latest week shows and the earlier weeks fold behind
 * one summary, so a block of many weeks stays a screenful on a phone.
 */
function GoalChildren({ goal, athleteId }: { goal: Node; athleteId: string }) {
  const children = [...(goal.children as Node[])].sort((a, b) =>
    a.periodStart.localeCompare(b.periodStart),
  );
  if (children.length === 0) return null;
  const earlier = goal.level === "meso" ? children.slice(0, -1) : [];
  const shown = children.slice(earlier.length);
  const nodes = (list: Node[]) =>
    list.map((child) => <GoalNode key={child.id} goal={child} athleteId={athleteId} />);
  return (
    <div className="ml-4 space-y-2">
      {earlier.length > 0 ? (
        <details>
          <summary className={disclosure}>
            Earlier weeks ({earlier.length})<span className="sr-only"> of “{goal.title}”</span>
          </summary>
          <ul className={childList}>{nodes(earlier)}</ul>
        </details>
      ) : null}
      <ul className={childList}>{nodes(shown)}</ul>
    </div>
  );
}

/** The athlete's goals the coach may see, with progress, comments and proposals on each. */
export function AthleteTree({
  athleteId,
  roots,
  year,
}: {
  athleteId: string;
  roots: Node[];
  year: number;
}) {
  return (
    <Section headingId="tree-heading" gap="mb-3" title={`Goals in ${year}`}>
      {roots.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No goals shared with you this year.
        </p>
      ) : (
        <ul aria-label="Goal tree" className="space-y-3">
          {roots.map((goal) => (
            <GoalNode key={goal.id} goal={goal} athleteId={athleteId} />
          ))}
        </ul>
      )}
    </Section>
  );
}
