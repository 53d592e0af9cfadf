"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

/** The coach's own labels for an athlete, comma separated ("half marathon group, returning"). */
export function TagEditor({ athleteId, tags }: { athleteId: string; tags: string[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const save = useMutation(trpc.coach.setTags.mutationOptions());
  const [text, setText] = useState(tags.join(", "));
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        try {
          const list = text
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean);
          const saved = await save.mutateAsync({ athleteId, tags: list });
          setText(saved.tags.join(", "));
          refresh();
        } catch (caught) {
          setError(caught instanceof Error ? caught.message : "Could not save the tags.");
        }
      }}
    >
      <label className="min-w-64 flex-1 text-sm font-medium">
        Tags (comma separated)
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
          placeholder="half marathon group"
        />
      </label>
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        Save tags
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </form>
  );
}
