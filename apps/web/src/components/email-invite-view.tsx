import { TextField } from "./field";
import type { OneFieldViewProps } from "./form/one-field-view";
import { Button } from "./ui";

/** What the email invitation looks like, light (before first use) or live; see FirstUse. */
export function EmailInviteView({
  label,
  field,
  error,
  problem,
  sent,
  busy = false,
  onSubmit,
}: OneFieldViewProps<"input"> & { label: string; sent?: string | null }) {
  return (
    <form aria-label="Invite by email" noValidate className="space-y-2" onSubmit={onSubmit}>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <TextField
            label={label}
            type="email"
            placeholder="someone@example.com"
            error={error}
            {...field}
          />
        </div>
        <Button type="submit" value="send" variant="secondary" disabled={busy}>
          Send invitation
        </Button>
      </div>
      {problem}
      {sent ? (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {sent}
        </p>
      ) : null}
    </form>
  );
}
