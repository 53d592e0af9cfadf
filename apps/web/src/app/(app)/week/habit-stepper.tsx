"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { InlineError } from "~/components/inline-error";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

const button =
  "inline-flex size-11 items-center justify-center rounded-lg border border-zinc-300 text-lg font-semibold hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Today's count for a habit goal ("2 veggie servings"), one tap up or down. */
export function HabitStepper({
  goalId,
  date,
  count,
  label,
  disabled,
}: {
  goalId: string;
  date: string;
  count: number;
  label: string;
  disabled: boolean;
}) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const set = useMutation(trpc.activities.setHabit.mutationOptions());
  const [value, setValue] = useState(count);
  const [error, setError] = useState<string | null>(null);
  const change = async (next: number) => {
    if (next < 0) return;
    setValue(next);
    setError(null);
    try {
      await set.mutateAsync({ id: goalId, date, count: next });
      refresh();
    } catch (caught) {
      setValue(count);
      setError(serverMessage(caught));
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="font-medium">Today</span>
      <button
        type="button"
        className={button}
        disabled={disabled || value === 0}
        aria-label={`One less ${label}`}
        onClick={() => change(value - 1)}
      >
        −
      </button>
      <output aria-live="polite" className="min-w-16 text-center">
        {value} {label}
      </output>
      <button
        type="button"
        className={button}
        disabled={disabled}
        aria-label={`One more ${label}`}
        onClick={() => change(value + 1)}
      >
        +
      </button>
      <InlineError error={error} />
    </div>
  );
}
