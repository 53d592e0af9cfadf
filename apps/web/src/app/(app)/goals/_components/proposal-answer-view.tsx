import { TextAreaField } from "~/components/field";
import type { OneFieldViewProps } from "~/components/form/one-field-view";
import { Button } from "~/components/ui";

/** The answer to a coach's proposal, light (before first use) or live; see FirstUse. */
export function ProposalAnswerView({
  coachName,
  field,
  error,
  problem,
  busy = false,
  onSubmit,
}: OneFieldViewProps<"textarea"> & { coachName: string }) {
  return (
    <form noValidate className="space-y-2" aria-label={`Answer ${coachName}`} onSubmit={onSubmit}>
      <TextAreaField
        label={`A note for ${coachName} (optional)`}
        rows={2}
        error={error}
        {...field}
      />
      <div className="flex gap-2">
        <Button type="submit" value="accept" disabled={busy}>
          Accept
        </Button>
        <Button type="submit" value="decline" variant="secondary" disabled={busy}>
          Decline
        </Button>
      </div>
      {problem}
    </form>
  );
}
