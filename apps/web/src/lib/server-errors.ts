import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

const UNREACHABLE = "Could not reach Stride. Check your connection and try again.";

type ErrorData = { fieldErrors?: Record<string, string[] | undefined> } | undefined;

/**
 * Puts the server's per-field messages next to their fields and returns what is left for the
 * form as a whole. The values the person typed stay as they are.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string {
  if (!(error instanceof TRPCClientError)) return UNREACHABLE;
  const data = error.data as ErrorData;
  if (!data) return UNREACHABLE;
  let unplaced = "";
  for (const [field, messages] of Object.entries(data.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const known = fields.find((f) => f === field);
    if (known) setError(known, { type: "server", message }, { shouldFocus: true });
    else unplaced = message;
  }
  return data.fieldErrors ? unplaced : error.message;
}
