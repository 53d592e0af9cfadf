"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { TextField } from "~/components/field";
import { Alert, Button, Card } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import type { GoalDto } from "../../goals/_components/goal-form";

/** Offered when a block was missed two weeks running: a smaller target or a longer block. */
export function AdjustBlock({ block }: { block: GoalDto }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const update = useMutation(trpc.goals.update.mutationOptions());
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(
    block.targetInput?.value ? String(Math.round(block.targetInput.value * 0.8 * 10) / 10) : "",
  );
  const [end, setEnd] = useState(block.periodEnd);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  return (
    <Card aria-labelledby={`adjust-${block.id}`}>
      <h2 id={`adjust-${block.id}`} className="text-base font-semibold">
        “{block.title}” was missed two weeks running
      </h2>
      <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
        That's information, not failure. A smaller step or a little more time keeps you moving
        toward the bigger goal.
      </p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {open ? (
        <form
          className="grid gap-3 sm:grid-cols-3"
          aria-label={`Adjust ${block.title}`}
          onSubmit={async (event) => {
            event.preventDefault();
            const target =
              block.targetInput && value
                ? { ...block.targetInput, value: Number(value) }
                : undefined;
            try {
              await update.mutateAsync({
                id: block.id,
                version: block.version,
                reason: "Missed two weeks running; adjusted after my weekly check-in.",
                changes: { ...(target ? { target } : {}), periodEnd: end },
              });
              setMessage({
                tone: "success",
                text: "Block adjusted. The change and its reason are in the goal's history.",
              });
              setOpen(false);
              refresh();
            } catch (error) {
              setMessage({
                tone: "error",
                text: error instanceof Error ? error.message : "Could not adjust the block.",
              });
            }
          }}
        >
          {block.targetInput?.value ? (
            <TextField
              label={`New target (${block.targetInput.unit})`}
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          ) : null}
          <TextField
            label="Ends"
            type="date"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
          <div className="flex items-end gap-2">
            <Button type="submit" disabled={update.isPending}>
              Adjust block
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Not now
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          Adjust this block
        </Button>
      )}
    </Card>
  );
}
