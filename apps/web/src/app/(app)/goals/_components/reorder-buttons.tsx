"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

const button =
  "inline-flex size-9 items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 disabled:opacity-30 dark:text-zinc-400 dark:hover:bg-zinc-800";

/** Moves a goal up or down among its siblings. */
export function ReorderButtons({
  siblingIds,
  index,
  title,
}: {
  siblingIds: string[];
  index: number;
  title: string;
}) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const reorder = useMutation(trpc.goals.reorder.mutationOptions());
  const move = async (offset: -1 | 1) => {
    const ids = [...siblingIds];
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + offset, 0, moved);
    await reorder.mutateAsync({ ids });
    refresh();
  };
  if (siblingIds.length < 2) return null;
  return (
    <span className="ml-auto flex gap-1">
      <button
        type="button"
        className={button}
        disabled={index === 0 || reorder.isPending}
        aria-label={`Move ${title} up`}
        onClick={() => move(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className={button}
        disabled={index === siblingIds.length - 1 || reorder.isPending}
        aria-label={`Move ${title} down`}
        onClick={() => move(1)}
      >
        ↓
      </button>
    </span>
  );
}
