/** A refusal beside the control it is about, read out as soon as it shows; nothing without one. */
export function InlineError({ error }: { error: string | null | undefined }) {
  return error ? (
    <span role="alert" className="text-red-700 dark:text-red-400">
      {error}
    </span>
  ) : null;
}
