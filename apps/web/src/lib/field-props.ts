import {
  type FieldError,
  type FieldValues,
  get,
  type Path,
  type RegisterOptions,
  type UseFormReturn,
} from "react-hook-form";

/**
 * A form's fields bound by name: `const field = fieldsOf(form)`, then
 * `<TextField label="Duration" {...field("duration")} />` registers the control and shows its error.
 */
export function fieldsOf<T extends FieldValues>(form: UseFormReturn<T>) {
  return (name: Path<T>, options?: RegisterOptions<T, Path<T>>) => ({
    ...form.register(name, options),
    error: errorOf(form, name),
  });
}

// Read in render, so the form re-renders when the field's error changes.
const errorOf = <T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) =>
  (get(form.formState.errors, name) as FieldError | undefined)?.message;

// react-hook-form fills registered fields once they mount in the browser; these also give each
// field its default as the DOM default, so the server-rendered form already shows what it holds
// (the saved check-in, the pre-filled outcomes) before and without JavaScript.

const initial = <T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>): unknown =>
  get(form.formState.defaultValues, name);

/** A text input, text area or select. */
export function textProps<T extends FieldValues>(
  form: UseFormReturn<T>,
  name: Path<T>,
  options?: RegisterOptions<T, Path<T>>,
) {
  const value = initial(form, name);
  return { ...form.register(name, options), defaultValue: value == null ? "" : String(value) };
}

/** `fieldsOf` for a form the server renders with its values: `textProps` and the field's error. */
export function textFieldsOf<T extends FieldValues>(form: UseFormReturn<T>) {
  return (name: Path<T>, options?: RegisterOptions<T, Path<T>>) => ({
    ...textProps(form, name, options),
    error: errorOf(form, name),
  });
}

/** One radio of a group. */
export function radioProps<T extends FieldValues>(
  form: UseFormReturn<T>,
  name: Path<T>,
  value: string,
) {
  return { ...form.register(name), value, defaultChecked: initial(form, name) === value };
}

/** A checkbox. */
export function checkboxProps<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) {
  return { ...form.register(name), defaultChecked: Boolean(initial(form, name)) };
}
