"use client";

import { DEFAULT_THRESHOLDS, type TriageThresholds } from "@stride/domain/coaching";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

const FIELDS: [keyof TriageThresholds, string][] = [
  ["rampLimitPercent", "Flag weekly running up by more than (%)"],
  ["adherenceDropPoints", "Flag adherence falling 3 weeks running by at least (points)"],
  ["lowWellbeingAtOrBelow", "Flag mood or energy two check-ins running at or below (1–4)"],
  ["loadRatioLimit", "Flag a load spike: acute:chronic load above (1.1–3)"],
  [
    "predictionDriftPercent",
    "Flag a race prediction drifting slower than the goal by more than (%)",
  ],
  ["mesoEndingWithinDays", "Flag a meso goal ending within (days)…"],
  ["mesoFarBelowPercent", "…while below (% of its target)"],
];

export function ThresholdsForm({ initial }: { initial: TriageThresholds }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.coach.setThresholds.mutationOptions());
  const [values, setValues] = useState(initial);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  return (
    <form
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setMessage(null);
        try {
          await save.mutateAsync(values);
          setMessage({ tone: "success", text: "Saved. The dashboard uses these from now on." });
        } catch (caught) {
          setMessage({
            tone: "error",
            text: caught instanceof Error ? caught.message : "Try again.",
          });
        }
      }}
    >
      {FIELDS.map(([key, label]) => (
        <label key={key} className="block text-sm font-medium">
          {label}
          <input
            type="number"
            step={key === "loadRatioLimit" ? 0.05 : 1}
            value={Number.isNaN(values[key]) ? "" : values[key]}
            onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.valueAsNumber }))}
            className="mt-1 block w-32 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
          />
          <span className="text-xs text-zinc-600 dark:text-zinc-400">
            Default {DEFAULT_THRESHOLDS[key]}
          </span>
        </label>
      ))}
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          Save thresholds
        </Button>
        <Button type="button" variant="secondary" onClick={() => setValues(DEFAULT_THRESHOLDS)}>
          Back to defaults
        </Button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </form>
  );
}
