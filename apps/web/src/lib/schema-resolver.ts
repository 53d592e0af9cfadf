import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { nestErrors } from "~/components/form/nest-errors";

/**
 * A react-hook-form resolver from the server's own zod schema (packages/domain), for forms whose
 * inputs hold text: `toInput` makes what would be sent, `fieldOf` says which field a schema path
 * belongs to (the same mapping the server's field errors go through); the rest is the form's.
 */
export function schemaResolver<T extends FieldValues>(
  schema: z.ZodType,
  toInput: (values: T) => unknown,
  fieldOf: (path: string) => string | null = (path) => path,
): Resolver<T> {
  return async (values) => {
    const parsed = schema.safeParse(toInput(values));
    if (parsed.success) return { values, errors: {} };
    const flat = parsed.error.issues.map((issue) => ({
      path: fieldOf(issue.path.join(".")) ?? "root",
      message: issue.message,
    }));
    return { values: {}, errors: nestErrors(flat) as never };
  };
}
