"use client";

import type { ReactNode } from "react";
import type { FormProblem } from "~/lib/server-errors";
import { Button } from "../ui";

/**
 * The form-wide message of a refused save. A CONFLICT says the thing changed elsewhere, shows what
 * changed when the form knows how (`children`), and offers the latest version.
 */
export function FormProblemNotice({
  problem,
  conflictTitle,
  children,
  onReload = () => window.location.reload(),
}: {
  problem: FormProblem;
  /** Said instead of the server's sentence when the form knows better what a conflict means. */
  conflictTitle?: string;
  children?: ReactNode;
  onReload?: () => void;
}) {
  if (!problem.message && !problem.conflict) return null;
  const conflict = problem.conflict !== null;
  return (
    <div
      role="alert"
      className="space-y-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      <p className={conflict ? "font-semibold" : undefined}>
        {conflict ? (conflictTitle ?? problem.message) : problem.message}
      </p>
      {conflict ? (
        <>
          {children}
          <Button type="button" variant="secondary" onClick={onReload}>
            Load the latest version
          </Button>
        </>
      ) : null}
    </div>
  );
}
