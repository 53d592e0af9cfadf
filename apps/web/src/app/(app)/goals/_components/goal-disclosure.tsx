"use client";

import { type ReactNode, useId, useState } from "react";

/**
 * A goal in the tree: a header that always shows (its link and buttons stay real controls, which
 * a <summary> may not contain) and a body that a button folds away.
 */
export function GoalDisclosure({
  title,
  defaultOpen,
  header,
  children,
}: {
  title: string;
  defaultOpen: boolean;
  header: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <div className="rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3 sm:p-4">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={`Details of ${title}`}
          onClick={() => setOpen((value) => !value)}
          className="-m-1.5 inline-flex size-9 items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
        >
          <span aria-hidden className={`transition ${open ? "rotate-90" : ""}`}>
            ▸
          </span>
        </button>
        {header}
      </div>
      <div id={bodyId} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
