import { TextAreaField } from "./field";
import type { OneFieldViewProps } from "./form/one-field-view";
import { Button, CancelButton } from "./ui";

/**
 * What a comment box looks like, light (plain named field, before first use) or live
 * (react-hook-form's `register`), so both render the same markup and nothing moves.
 */
export function CommentFormView({
  label,
  field,
  error,
  problem,
  busy = false,
  onSubmit,
  onCancel,
}: OneFieldViewProps<"textarea"> & {
  label: string;
  /** Closes the box (a reply or a comment opened by its button). */
  onCancel?: () => void;
}) {
  return (
    <form aria-label={label} noValidate className="mt-2 flex flex-col gap-2" onSubmit={onSubmit}>
      <TextAreaField
        label={label}
        hideLabel
        placeholder={`${label}…`}
        rows={2}
        error={error}
        {...field}
      />
      {problem}
      <div className="flex gap-2">
        <Button type="submit" value="post" disabled={busy}>
          {busy ? "Posting…" : label.startsWith("Edit") ? "Save" : "Post"}
        </Button>
        <CancelButton onCancel={onCancel} />
      </div>
    </form>
  );
}
