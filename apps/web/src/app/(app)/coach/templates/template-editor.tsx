"use client";

import {
  DEFAULT_THRESHOLDS,
  type TemplateFields,
  type TemplateWeek,
  templateRampWarnings,
} from "@stride/domain/coaching";
import { ACTIVITY_LABELS, ACTIVITY_TYPES, type ActivityType } from "@stride/domain/goals";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

const field =
  "mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950";
const DAYS = ["Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Day 6", "Day 7"];

type Measure = "km" | "mi" | "sessions" | "none";

function measureOf(fields: TemplateFields | null): Measure {
  const target = fields?.target;
  if (!target) return fields ? "none" : "mi";
  if (target.kind === "sessions") return "sessions";
  return target.unit === "km" ? "km" : "mi";
}

function targetFor(
  measure: Measure,
  activity: ActivityType,
  baseline: number | null,
  last: number | null,
) {
  if (measure === "none") return null;
  const common = {
    per: "week" as const,
    activityTypes: [activity],
    label: null,
    eventDistanceMetres: null,
  };
  return measure === "sessions"
    ? {
        ...common,
        kind: "sessions" as const,
        unit: "sessions" as const,
        value: last,
        baseline: null,
      }
    : { ...common, kind: "total" as const, unit: measure, value: last, baseline };
}

const emptyWeek = (n: number): TemplateWeek => ({
  title: `Week ${n}`,
  value: null,
  strategy: "",
  sessions: [],
});

/** Builds or edits a template; the ramp check runs as you type, as on the goal form. */
export function TemplateEditor({
  id,
  initial,
}: {
  id: string | null;
  initial: TemplateFields | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.coach.createTemplate.mutationOptions());
  const update = useMutation(trpc.coach.updateTemplate.mutationOptions());
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [title, setTitle] = useState(initial?.title ?? "");
  const [why, setWhy] = useState(initial?.why ?? "");
  const [measure, setMeasure] = useState<Measure>(measureOf(initial));
  const [activity, setActivity] = useState<ActivityType>(
    initial?.target?.activityTypes[0] ?? "run",
  );
  const [baseline, setBaseline] = useState(initial?.target?.baseline?.toString() ?? "");
  const [weeks, setWeeks] = useState<TemplateWeek[]>(
    initial?.weeks ?? [emptyWeek(1), emptyWeek(2)],
  );
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const last = [...weeks].reverse().find((w) => w.value !== null)?.value ?? null;
  const fields: TemplateFields = {
    name,
    description,
    title,
    why,
    category:
      activity === "strength" ? "strength" : activity === "run" ? "running" : "cross_training",
    visibility: initial?.visibility ?? "coach",
    target: targetFor(measure, activity, baseline === "" ? null : Number(baseline), last),
    weeks,
  };
  const warnings = templateRampWarnings(fields, DEFAULT_THRESHOLDS.rampLimitPercent);
  const setWeek = (index: number, change: Partial<TemplateWeek>) =>
    setWeeks((list) => list.map((w, i) => (i === index ? { ...w, ...change } : w)));
  const prefix = id ?? "new";

  return (
    <form
      aria-label={id ? `Edit ${initial?.name}` : "New template"}
      className="mt-3 space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setMessage(null);
        try {
          if (id) await update.mutateAsync({ id, fields });
          else await create.mutateAsync(fields);
          setMessage({ tone: "success", text: "Template saved." });
          router.refresh();
        } catch (caught) {
          setMessage({
            tone: "error",
            text: caught instanceof Error ? caught.message : "Try again.",
          });
        }
      }}
    >
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-medium">
          Template name
          <input
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            className={field}
            placeholder="6 weeks: 10 to 15 miles/week"
          />
        </label>
        <label className="text-sm font-medium">
          Meso goal title
          <input
            required
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            className={field}
            placeholder="Build to 15 mi a week"
          />
        </label>
        <label className="text-sm font-medium sm:col-span-2">
          Description
          <input
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            className={field}
          />
        </label>
        <label className="text-sm font-medium sm:col-span-2">
          Why (shown to the athlete)
          <input value={why} onChange={(e) => setWhy(e.target.value)} className={field} />
        </label>
        <label className="text-sm font-medium">
          Measured in
          <select
            value={measure}
            onChange={(e) => setMeasure(e.target.value as Measure)}
            className={field}
          >
            <option value="mi">Miles a week</option>
            <option value="km">Kilometres a week</option>
            <option value="sessions">Sessions a week</option>
            <option value="none">No target</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          Activity
          <select
            value={activity}
            onChange={(e) => setActivity(e.target.value as ActivityType)}
            className={field}
          >
            {ACTIVITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {ACTIVITY_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        {measure === "km" || measure === "mi" ? (
          <label className="text-sm font-medium">
            Starting from ({measure} a week)
            <input
              type="number"
              step="any"
              min="0"
              value={baseline}
              onChange={(e) => setBaseline(e.target.value)}
              className={field}
            />
          </label>
        ) : null}
      </div>
      <ol className="space-y-3">
        {weeks.map((week, index) => (
          <li key={index} className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
            <fieldset className="grid gap-2 sm:grid-cols-3">
              <legend className="text-sm font-semibold">Week {index + 1}</legend>
              <label className="text-sm font-medium sm:col-span-2">
                Title
                <input
                  id={`${prefix}-w${index}-title`}
                  value={week.title}
                  onChange={(e) => setWeek(index, { title: e.target.value })}
                  className={field}
                />
              </label>
              {measure !== "none" ? (
                <label className="text-sm font-medium">
                  Amount ({measure})
                  <input
                    type="number"
                    step="any"
                    min="0"
                    value={week.value ?? ""}
                    onChange={(e) =>
                      setWeek(index, {
                        value: e.target.value === "" ? null : Number(e.target.value),
                      })
                    }
                    className={field}
                  />
                </label>
              ) : null}
              {week.sessions.map((session, s) => (
                <div key={s} className="flex flex-wrap items-end gap-2 sm:col-span-3">
                  <label className="text-sm">
                    Day
                    <select
                      value={session.dayOffset}
                      onChange={(e) =>
                        setWeek(index, {
                          sessions: week.sessions.map((x, j) =>
                            j === s ? { ...x, dayOffset: Number(e.target.value) } : x,
                          ),
                        })
                      }
                      className={field}
                    >
                      {DAYS.map((d, offset) => (
                        <option key={d} value={offset}>
                          {d}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="flex-1 text-sm">
                    Session note
                    <input
                      value={session.note}
                      onChange={(e) =>
                        setWeek(index, {
                          sessions: week.sessions.map((x, j) =>
                            j === s ? { ...x, note: e.target.value } : x,
                          ),
                        })
                      }
                      className={field}
                    />
                  </label>
                  <button
                    type="button"
                    className="min-h-11 text-xs underline"
                    onClick={() =>
                      setWeek(index, { sessions: week.sessions.filter((_, j) => j !== s) })
                    }
                  >
                    Remove session
                  </button>
                </div>
              ))}
            </fieldset>
            <div className="mt-2 flex gap-3 text-xs">
              <button
                type="button"
                className="min-h-11 underline"
                onClick={() =>
                  setWeek(index, {
                    sessions: [
                      ...week.sessions,
                      { dayOffset: 0, time: null, activityType: activity, amount: null, note: "" },
                    ],
                  })
                }
              >
                Add a session
              </button>
              {weeks.length > 2 ? (
                <button
                  type="button"
                  className="min-h-11 underline"
                  onClick={() => setWeeks((list) => list.filter((_, i) => i !== index))}
                >
                  Remove week {index + 1}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {weeks.length < 6 ? (
        <Button
          type="button"
          variant="secondary"
          onClick={() => setWeeks((list) => [...list, emptyWeek(list.length + 1)])}
        >
          Add a week
        </Button>
      ) : null}
      {warnings.length > 0 ? (
        <ul
          aria-label="Ramp warnings"
          className="space-y-1 text-sm text-amber-800 dark:text-amber-300"
        >
          {warnings.map((w) => (
            <li key={w.week}>⚠ {w.message}</li>
          ))}
        </ul>
      ) : null}
      <Button type="submit" disabled={create.isPending || update.isPending}>
        Save template
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </form>
  );
}
