"use client";

import { GOAL_STATUSES, type GoalStatus, STATUS_LABELS } from "@stride/domain/goals";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Options, SelectField } from "~/components/field";
import { Alert, Button, Card, Section } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { type FormContext, type GoalDetail, GoalForm } from "../_components/goal-form";

/** Edit, status and archive controls for one goal. */
export function GoalActions({ detail, context }: { detail: GoalDetail; context: FormContext }) {
  const { goal } = detail;
  const refresh = useRefresh();
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const setStatus = useMutation(trpc.goals.setStatus.mutationOptions());
  const archive = useMutation(trpc.goals.archive.mutationOptions());
  const restore = useMutation(trpc.goals.restore.mutationOptions());

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    setSaved(null);
    try {
      await action();
      setSaved(done);
      refresh();
    } catch (caught) {
      setError(serverMessage(caught));
    }
  };

  if (editing) {
    return (
      <Section headingId="edit-heading" gap="mb-4" title="Edit goal">
        <GoalForm
          level={goal.level}
          parent={detail.parent}
          context={context}
          existing={detail}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved("Changes saved.");
            refresh();
          }}
        />
      </Section>
    );
  }

  // An archived goal can be restored; any other can be archived.
  const shelve = goal.archived
    ? { mutation: restore, label: "Restore", done: "Goal restored." }
    : { mutation: archive, label: "Archive", done: "Goal archived." };
  return (
    <Card aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="sr-only">
        Actions
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <Button type="button" onClick={() => setEditing(true)} disabled={goal.archived}>
          Edit goal
        </Button>
        <SelectField
          label="Status"
          value={goal.status}
          disabled={setStatus.isPending}
          onChange={(event) =>
            run(
              () =>
                setStatus.mutateAsync({
                  id: goal.id,
                  version: goal.version,
                  status: event.target.value as GoalStatus,
                  reason: null,
                }),
              "Status changed.",
            )
          }
        >
          <Options values={GOAL_STATUSES} labels={STATUS_LABELS} />
        </SelectField>
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            run(
              () => shelve.mutation.mutateAsync({ id: goal.id, version: goal.version }),
              shelve.done,
            )
          }
        >
          {shelve.label}
        </Button>
      </div>
      <div className="mt-3 empty:hidden">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </div>
    </Card>
  );
}
