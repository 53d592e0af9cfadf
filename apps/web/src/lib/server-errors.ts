import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { serverAnswer, serverMessage, UNREACHABLE } from "./server-message";

export { serverMessage };

/**
 * What a refused save leaves for the form as a whole once its fields have their messages: a
 * sentence, and for CONFLICT the thing as it is now (the server's `details.current`), so the form
 * can show what changed.
 */
export type FormProblem<Current = unknown> = {
  message: string | null;
  conflict: Current | null;
};

export const NO_PROBLEM: FormProblem<never> = { message: null, conflict: null };

/** Which form field a server path ("goals.2.smallerValue", "target.value") belongs to. */
export type FieldsOf<T extends FieldValues> =
  | readonly Path<T>[]
  | ((serverPath: string) => Path<T> | null);

/**
 * The one mapper from a tRPC error to a react-hook-form form (ARCHITECTURE.md, "The web app"): the
 * server's per-field messages go next to their fields, the rest comes back as the form's problem.
 * The values the person typed stay as they are.
 */
export function applyServerErrors<T extends FieldValues, Current = unknown>(
  error: unknown,
  fields: FieldsOf<T>,
  setError: UseFormSetError<T>,
): FormProblem<Current> {
  const answer = serverAnswer(error);
  if (!answer) return { message: UNREACHABLE, conflict: null };
  const { data } = answer;
  if (data.code === "CONFLICT") {
    const current = (data.details?.current ?? null) as Current | null;
    return { message: answer.message, conflict: current };
  }
  const fieldOf =
    typeof fields === "function"
      ? fields
      : (path: string) => fields.find((field) => field === path) ?? null;
  let unplaced: string | null = null;
  let placed = false;
  for (const [path, messages] of Object.entries(data.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const field = fieldOf(path);
    if (field) {
      setError(field, { type: "server", message }, { shouldFocus: !placed });
      placed = true;
    } else unplaced = message;
  }
  return { message: placed ? unplaced : (unplaced ?? answer.message), conflict: null };
}
