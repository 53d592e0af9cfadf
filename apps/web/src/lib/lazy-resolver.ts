import type { FieldValues, Resolver } from "react-hook-form";

/**
 * A react-hook-form resolver whose schema is loaded on the first validation instead of with the
 * page: zod is about 30 kB compressed, more than a small form's whole budget, and nobody needs it
 * before they submit. The same schema and messages as `zodResolver(schema)`, one request later.
 */
export function lazyResolver<T extends FieldValues>(load: () => Promise<Resolver<T>>): Resolver<T> {
  let loading: Promise<Resolver<T>> | undefined;
  return async (values, context, options) => {
    loading ??= load().catch((error: unknown) => {
      // A failed download (offline) is tried again on the next submit.
      loading = undefined;
      throw error;
    });
    return (await loading)(values, context, options);
  };
}
