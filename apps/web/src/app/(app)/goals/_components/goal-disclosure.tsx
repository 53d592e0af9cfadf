import type { ReactNode } from "react";

/**
 * A goal in the tree: a header that always shows (its link and buttons stay real controls, which
 * a <summary> may not contain) and a body that folds away. The fold is the browser's own
 * <details>, its <summary> the chevron placed at the header's start: no JavaScript per goal, so a
 * year of goals hydrates nothing for it.
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
  return (
    <div className="relative rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3 pl-12 sm:p-4 sm:pl-14">
        {header}
      </div>
      <details open={defaultOpen} className="group">
        <summary className="absolute top-2 left-2 inline-flex size-9 cursor-pointer list-none items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 sm:top-3 sm:left-3 dark:text-zinc-400 dark:hover:bg-zinc-800 [&::-webkit-details-marker]:hidden">
          <span aria-hidden className="transition group-open:rotate-90">
            ▸
          </span>
          <span className="sr-only">Details of {title}</span>
        </summary>
        {children}
      </details>
    </div>
  );
}
