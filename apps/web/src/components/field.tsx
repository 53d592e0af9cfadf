import { type ComponentProps, forwardRef, type ReactNode, useId } from "react";

const look =
  "min-h-11 rounded-lg border bg-white text-base text-zinc-900 shadow-sm dark:bg-zinc-950 dark:text-zinc-100 " +
  "border-zinc-300 dark:border-zinc-700 aria-invalid:border-red-500 aria-invalid:ring-1 aria-invalid:ring-red-500";

/** The one look of a text input, select or text area. */
export const control = `block w-full px-3 ${look}`;

/** The same look for a control in a table row, sized by its cell. */
export const inlineControl = `px-2 ${look}`;

type FieldFrameProps = {
  label: string;
  /** For a field whose purpose shows without words (a comment box): the label is for screen readers. */
  hideLabel?: boolean;
  error?: string;
  hint?: ReactNode;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
};

/** A label, the control, a hint and the field's error, wired together for screen readers. */
function FieldFrame({ label, hideLabel, error, hint, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium"}>
        {label}
      </label>
      {children({ id, describedBy })}
      {hint ? (
        <p id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** What every control of a field carries: its id, its description, whether it is invalid. */
const wired = (ids: { id: string; describedBy: string | undefined }, error?: string) => ({
  id: ids.id,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": ids.describedBy,
});

export type TextFieldProps = ComponentProps<"input"> & {
  label: string;
  error?: string;
  hint?: ReactNode;
};

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, error, hint, ...props },
  ref,
) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(ids) => <input ref={ref} {...wired(ids, error)} className={control} {...props} />}
    </FieldFrame>
  );
});

type SelectFieldProps = ComponentProps<"select"> & {
  label: string;
  error?: string;
  hint?: ReactNode;
};

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, error, hint, children, ...props },
  ref,
) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(ids) => (
        <select ref={ref} {...wired(ids, error)} className={control} {...props}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
});

type TextAreaFieldProps = ComponentProps<"textarea"> & {
  label: string;
  hideLabel?: boolean;
  error?: string;
  hint?: ReactNode;
};

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(
  function TextAreaField({ label, hideLabel, error, hint, ...props }, ref) {
    return (
      <FieldFrame label={label} hideLabel={hideLabel} error={error} hint={hint}>
        {(ids) => (
          <textarea
            ref={ref}
            rows={3}
            {...wired(ids, error)}
            className={`${control} py-2`}
            {...props}
          />
        )}
      </FieldFrame>
    );
  },
);

/** A select's options: each of `values`, shown by its label. */
export function Options<V extends string>({
  values,
  labels,
}: {
  values: readonly V[];
  labels: Readonly<Record<V, string>> | ((value: V) => string);
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {typeof labels === "function" ? labels(value) : labels[value]}
    </option>
  ));
}

type CheckboxFieldProps = Omit<ComponentProps<"input">, "type"> & { label: ReactNode };

/** A checkbox with its label beside it. */
export const CheckboxField = forwardRef<HTMLInputElement, CheckboxFieldProps>(
  function CheckboxField({ label, className = "", ...props }, ref) {
    return (
      <label className={`flex min-h-11 items-center gap-2 text-sm ${className}`}>
        <input ref={ref} type="checkbox" className="size-5" {...props} />
        {label}
      </label>
    );
  },
);

type RadioProps = Omit<ComponentProps<"input">, "type"> & { label: ReactNode };

/** One choice of a radio group, with its label beside it. */
export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(
  { label, ...props },
  ref,
) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input ref={ref} type="radio" className="size-5 accent-[var(--color-brand-600)]" {...props} />
      {label}
    </label>
  );
});

/** A group of radios under a legend, with the group's error below it. */
export function ChoiceGroup({
  legend,
  error,
  children,
  className = "",
}: {
  legend: string;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={className} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">{children}</div>
      {error ? <p className="text-sm text-red-700 dark:text-red-400">{error}</p> : null}
    </fieldset>
  );
}
