"use client";

import { LEVEL_LABELS } from "@stride/domain/goals";
import type { GoalLevel } from "@stride/domain/periods";
import { lazy, Suspense, useState } from "react";
import { Button } from "~/components/ui";
import { useRefresh } from "~/trpc/use-refresh";
import type { FormContext, ParentInfo } from "./goal-form";

// The form (react-hook-form, zod, the live quality checks: most of this page's code) loads when
// someone reaches for the button, not with the tree.
// (React.lazy rather than next/dynamic: it only ever renders after a click, never on the server.)
const loadForm = () => import("./goal-form");
const GoalForm = lazy(() => loadForm().then((m) => ({ default: m.GoalForm })));

/** A button that opens the goal form in place, under its parent. */
export function AddGoal({
  level,
  parent,
  context,
  variant = "secondary",
}: {
  level: GoalLevel;
  parent: ParentInfo | null;
  context: FormContext;
  variant?: "primary" | "secondary";
}) {
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState(false);
  const label = `Add ${LEVEL_LABELS[level].toLowerCase()} goal`;

  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant={variant}
          onPointerEnter={() => void loadForm()}
          onFocus={() => void loadForm()}
          onClick={() => setOpen(true)}
        >
          {label}
        </Button>
        {created ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Goal created.
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="rounded-2xl border border-brand-500/40 bg-white p-4 shadow-sm sm:p-5 dark:bg-zinc-900">
      <h3 className="mb-3 text-base font-semibold">{label.replace("Add", "New")}</h3>
      <Suspense
        fallback={
          <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
            Opening the form…
          </p>
        }
      >
        <GoalForm
          level={level}
          parent={parent}
          context={context}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setCreated(true);
            refresh();
          }}
        />
      </Suspense>
    </div>
  );
}
