import {
  CATEGORY_LABELS,
  CHILD_LEVEL,
  LEVEL_LABELS,
  type QualityWarning,
  STATUS_LABELS,
} from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import type { GoalProgress } from "@stride/domain/progress";
import Link from "next/link";
import { ProgressSummary } from "~/components/progress-bar";
import { Badge } from "~/components/ui";
import { AddGoal } from "./add-goal";
import { GoalDisclosure } from "./goal-disclosure";
import type { FormContext, GoalDto } from "./goal-form";
import { QualityNotes } from "./quality-panel";
import { ReorderButtons } from "./reorder-buttons";

export type TreeGoal = GoalDto & {
  progress: GoalProgress;
  plannedSessionCount: number;
  checklistDone: number;
  warnings: QualityWarning[];
  children: TreeGoal[];
};

const LEVEL_TONE = { macro: "brand", meso: "neutral", micro: "neutral" } as const;
const STATUS_TONE = {
  active: "neutral",
  achieved: "success",
  partial: "warning",
  missed: "danger",
  abandoned: "warning",
} as const;

export function periodText(goal: Pick<GoalDto, "periodStart" | "periodEnd">) {
  const sameYear = goal.periodStart.slice(0, 4) === goal.periodEnd.slice(0, 4);
  return `${formatCalendarDate(goal.periodStart, sameYear ? "d MMM" : "d MMM yyyy")} – ${formatCalendarDate(goal.periodEnd, "d MMM yyyy")}`;
}

function GoalNode({
  goal,
  context,
  thisWeekStart,
  siblingIds,
  index,
}: {
  goal: TreeGoal;
  context: FormContext;
  thisWeekStart: string;
  siblingIds: string[];
  index: number;
}) {
  const childLevel = CHILD_LEVEL[goal.level];
  const isThisWeek = goal.level === "micro" && goal.periodStart === thisWeekStart;
  return (
    <li>
      <GoalDisclosure
        title={goal.title}
        defaultOpen={goal.level !== "micro" || isThisWeek}
        header={
          <>
            <Badge tone={LEVEL_TONE[goal.level]}>{LEVEL_LABELS[goal.level]}</Badge>
            <Link href={`/goals/${goal.id}`} className="font-semibold hover:underline">
              {goal.title}
            </Link>
            {goal.status !== "active" ? (
              <Badge tone={STATUS_TONE[goal.status]}>{STATUS_LABELS[goal.status]}</Badge>
            ) : null}
            {goal.archived ? <Badge>Archived</Badge> : null}
            {isThisWeek ? <Badge tone="brand">This week</Badge> : null}
            {goal.level === "micro" ? null : (
              <ReorderButtons siblingIds={siblingIds} index={index} title={goal.title} />
            )}
            <span className="basis-full text-sm text-zinc-600 dark:text-zinc-400">
              {periodText(goal)} · {goal.targetText}
              {goal.target?.kind === "checklist" ? ` · ${goal.checklistDone} done` : ""}
              {goal.level === "micro"
                ? ` · ${goal.plannedSessionCount} planned session${goal.plannedSessionCount === 1 ? "" : "s"}`
                : ""}
              {" · "}
              {CATEGORY_LABELS[goal.category]}
            </span>
          </>
        }
      >
        <div className="px-3 pb-3 sm:px-4">
          <ProgressSummary progress={goal.progress} label={goal.title} size="sm" />
        </div>
        <div className="space-y-3 border-t border-zinc-100 p-3 empty:hidden sm:p-4 dark:border-zinc-800">
          {goal.warnings.length > 0 ? <QualityNotes warnings={goal.warnings} compact /> : null}
          {goal.children.length > 0 ? (
            <ul className="space-y-2" aria-label={`Goals under ${goal.title}`}>
              {goal.children.map((child, childIndex) => (
                <GoalNode
                  key={child.id}
                  goal={child}
                  context={context}
                  thisWeekStart={thisWeekStart}
                  siblingIds={goal.children.map((c) => c.id)}
                  index={childIndex}
                />
              ))}
            </ul>
          ) : null}
          {childLevel && !goal.archived ? (
            <AddGoal level={childLevel} parent={goal} context={context} />
          ) : null}
        </div>
      </GoalDisclosure>
    </li>
  );
}

export function GoalTree({ roots, context }: { roots: TreeGoal[]; context: FormContext }) {
  // Only goals of one level under one parent can be reordered together.
  const siblingsOf = (goal: TreeGoal) =>
    roots.filter((r) => r.level === goal.level && r.parentId === goal.parentId).map((r) => r.id);
  return (
    <ul className="space-y-3" aria-label="Goal tree">
      {roots.map((goal) => (
        <GoalNode
          key={goal.id}
          goal={goal}
          context={context}
          thisWeekStart={context.thisWeekStart}
          siblingIds={siblingsOf(goal)}
          index={siblingsOf(goal).indexOf(goal.id)}
        />
      ))}
    </ul>
  );
}
