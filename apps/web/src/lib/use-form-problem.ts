"use client";

import { useCallback, useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyServerErrors, type FieldsOf, type FormProblem, NO_PROBLEM } from "./server-errors";

/**
 * The form-wide half of a form's errors: `fail(error)` puts the server's field messages on the
 * fields and keeps the rest (a sentence, a CONFLICT's current version) for <FormProblemNotice>.
 */
export function useFormProblem<T extends FieldValues, Current = unknown>(
  fields: FieldsOf<T>,
  setError: UseFormSetError<T>,
) {
  const [problem, setProblem] = useState<FormProblem<Current>>(NO_PROBLEM);
  const fail = useCallback(
    (error: unknown) => setProblem(applyServerErrors<T, Current>(error, fields, setError)),
    [fields, setError],
  );
  const clear = useCallback(() => setProblem(NO_PROBLEM), []);
  return {
    problem,
    fail,
    clear,
    say: (message: string) => setProblem({ message, conflict: null }),
  };
}
