"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

type Item = { id: string; label: string; doneOn: string | null };

export function ChecklistTicks({ items }: { items: Item[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const tick = useMutation(trpc.goals.tickChecklistItem.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const done = items.filter((item) => item.doneOn).length;

  return (
    <div className="space-y-2">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {done} of {items.length} done
      </p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {items.map((item) => (
          <li key={item.id}>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-5"
                defaultChecked={item.doneOn !== null}
                onChange={async (event) => {
                  setError(null);
                  try {
                    await tick.mutateAsync({ itemId: item.id, done: event.target.checked });
                    refresh();
                  } catch {
                    setError(`Could not save “${item.label}”. Try again.`);
                  }
                }}
              />
              {item.label}
              {item.doneOn ? (
                <span className="text-xs text-zinc-600 dark:text-zinc-400">({item.doneOn})</span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
