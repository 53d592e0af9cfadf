import type { Outcome } from "./judge";

/**
 * Faults the fuzz found that are not fixed yet. A failure that matches one of these exactly is
 * counted in the file's report as "KNOWN <id>" instead of failing the run; anything else still
 * fails. Run with STRIDE_FUZZ_STRICT=1 to make these fail too (to check a fix), then delete the
 * entry. Found and already fixed (76781c1): NUL and lone surrogates in text reaching Postgres,
 * dates in year 0 or after 9999, feed cursors and live event ids out of range.
 */
export type KnownBug = {
  id: string;
  /** What goes wrong, for the report. */
  summary: string;
  /**
   * What the failure looks like: error text somewhere in the cause chain, or "slow" for a call
   * that only broke the time limit.
   */
  failure: { errors: readonly RegExp[] } | "slow";
  /** The input feature that triggers it; the failure must show both. */
  input: (value: unknown) => boolean;
};

export const STRICT = process.env.STRIDE_FUZZ_STRICT === "1";

/**
 * How many values a walk of `value` visits when shared arrays and objects are walked again each
 * time they appear (as a plain recursive walk does), counted up to `cap`.
 */
export function expandedSize(value: unknown, cap: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count < cap) {
    const next = stack.pop();
    count += 1;
    if (Array.isArray(next)) {
      for (const item of next) stack.push(item);
    } else if (typeof next === "object" && next !== null && !(next instanceof Date)) {
      for (const item of Object.values(next)) stack.push(item);
    }
  }
  return count;
}

// None open. (Fixed so far: NUL and lone surrogates in text, years out of range, live event ids
// past bigint, invalid instants throwing in a refine, shared arrays walked again.)
export const KNOWN_BUGS: readonly KnownBug[] = [];

function causeText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let i = 0; i < 6 && current; i++) {
    if (current instanceof Error) {
      parts.push(current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      current = undefined;
    }
  }
  return parts.join("\n");
}

/** The known bug this failed call is, if it is exactly one of them. */
export function knownBugOf(
  input: unknown,
  outcome: Outcome,
  failure: "error" | "slow",
): KnownBug | undefined {
  if (STRICT) return undefined;
  return KNOWN_BUGS.find((bug) => {
    if (!bug.input(input)) return false;
    if (bug.failure === "slow") return failure === "slow";
    if (failure !== "error" || outcome.kind !== "refused") return false;
    const text = causeText(outcome.error);
    return bug.failure.errors.some((re) => re.test(text));
  });
}
