import { Section } from "~/components/ui";
import type { GoalDetail } from "../_components/goal-form";

const KIND_TEXT = {
  created: "Created the goal",
  updated: "Changed the goal",
  status: "Changed the status",
  archived: "Archived the goal",
  restored: "Restored the goal",
} as const;

export function GoalHistory({
  history,
  timeZone,
}: {
  history: GoalDetail["history"];
  timeZone: string;
}) {
  // Times as the athlete's clock showed them, whatever zone the server runs in.
  const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <Section headingId="history-heading" gap="mb-3" title="History">
      <ol className="space-y-3" aria-label="Goal history">
        {history.map((entry) => (
          <li key={entry.id} className="border-l-2 border-brand-500/50 pl-3 text-sm">
            <p>
              <span className="font-medium">{entry.actorName}</span> · {KIND_TEXT[entry.kind]} ·{" "}
              <time
                dateTime={new Date(entry.createdAt).toISOString()}
                className="text-zinc-600 dark:text-zinc-400"
              >
                {when.format(new Date(entry.createdAt))}
              </time>
            </p>
            {entry.proposedBy ? (
              <p className="mt-0.5">Proposed by your coach {entry.proposedBy}</p>
            ) : null}
            {entry.reason ? <p className="mt-0.5 italic">“{entry.reason}”</p> : null}
            {entry.changes.length > 0 ? (
              <ul className="mt-1 text-zinc-700 dark:text-zinc-300">
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {change.field}: {change.from} → {change.to}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
