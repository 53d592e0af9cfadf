import type { FieldError, FieldErrors, FieldValues } from "react-hook-form";

/** The error at a dotted path ("target.value", "plan.2.time") of react-hook-form's nested errors. */
export function errorAt<T extends FieldValues>(
  errors: FieldErrors<T>,
  path: string,
): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return (node as FieldError | undefined)?.message;
}

/** Builds react-hook-form's nested error object from flat dotted paths; the first message wins. */
export function nestErrors(
  flat: readonly { path: string; message: string }[],
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { path, message } of flat) {
    const keys = path.split(".");
    let node = root;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    const last = keys.at(-1) ?? "root";
    node[last] ??= { type: "validation", message };
  }
  return root;
}
