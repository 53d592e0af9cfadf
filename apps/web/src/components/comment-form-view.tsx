import { TextAreaField } from "./field";
import type { OneFieldViewProps } from "./form/one-field-view";
import { Button } from "./ui";

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
}: OneFieldViewProps<"textarea"> & { label: string }) {
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
      <div>
        <Button type="submit" value="post" disabled={busy}>
          {busy ? "Posting…" : label.startsWith("Edit") ? "Save" : "Post"}
        </Button>
      </div>
    </form>
  );
}
