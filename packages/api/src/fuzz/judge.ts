import { DomainError } from "@stride/domain/errors";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { describeError } from "../errors";
import { isPathOf, isPropertyAnywhere, type ProcedureInfo } from "./procedures";

/**
 * What one fuzzed call did.
 * - ok: it answered (a subscription: yielded, ended, or stayed open until the fuzz stopped it).
 * - refused: it threw; `error` is whatever came out of the caller.
 * - hang: no answer within the time limit (a subscription: it did not stop when aborted).
 */
export type Outcome =
  | { kind: "ok" }
  | { kind: "refused"; error: unknown }
  | { kind: "hang"; what: string };

/** A rule the answer broke: the property fails. */
export type Problem = string;

/**
 * Something allowed but worth knowing (listed after each file, never failing the run):
 * a domain refusal (BAD_REQUEST) about no field in particular, such as "Only the group's owner
 * can do that."; or a field named without its path ("periodEnd" for `goal.periodEnd`).
 */
export type Note = string;

export type Verdict = { label: string; problems: Problem[]; notes: Note[] };

const isPlainObject = (value: unknown) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * The property every answer must have:
 *
 * 1. Never a server fault: no INTERNAL_SERVER_ERROR nor any other 5xx code, nothing thrown that is
 *    not a TRPCError, and no hang.
 * 2. The message is a sentence for a person: not blank, no stack trace.
 * 3. Input refused by zod (BAD_REQUEST caused by a ZodError) names the field: `fieldErrors` has at
 *    least one key, and every key is a path into the input schema ("goals.2.excuse"). The one
 *    exception is the root key "input", allowed only when the input as a whole is the problem: it
 *    is not an object at all (null, a number, an array, missing...). For an object input, a
 *    root-level issue ("input: Invalid input") names no field and fails the property.
 *    Input refused because parsing threw (a BAD_REQUEST caused by, say, a RangeError from a
 *    refine) names no field and fails too.
 * 4. A domain refusal that names a field names one of the input: a path into the schema. A field
 *    named only by its last segment is a note (the web forms map "periodEnd" to "goal.periodEnd"
 *    themselves), and so is a key the request has but the schema does not (an unknown key, which
 *    zod would strip); a field that is nowhere in the input fails. The root "input" follows
 *    rule 3. A domain refusal about no field ("Only the group's owner can do that.") is a note.
 * 5. TOO_MANY_REQUESTS says when to try again.
 */
export function judge(procedure: ProcedureInfo, input: unknown, outcome: Outcome): Verdict {
  if (outcome.kind === "ok") return { label: "ok", problems: [], notes: [] };
  if (outcome.kind === "hang") {
    return { label: "HANG", problems: [`no answer: ${outcome.what}`], notes: [] };
  }
  const { error } = outcome;
  if (!(error instanceof TRPCError)) {
    return {
      label: "THROWN",
      problems: [`threw a non-tRPC error: ${describeCause(error)}`],
      notes: [],
    };
  }
  const problems: Problem[] = [];
  const notes: Note[] = [];
  const status = getHTTPStatusCodeFromError(error);
  if (error.code === "INTERNAL_SERVER_ERROR" || status >= 500) {
    problems.push(`${error.code} (${status}); cause: ${describeCause(error.cause ?? error)}`);
    return { label: error.code, problems, notes };
  }
  const { message, fieldErrors, retryAfterSeconds } = describeError(error);
  if (message.trim() === "") problems.push("the message is blank");
  if (/\n\s+at /.test(message)) problems.push(`the message holds a stack trace: ${message}`);
  const keys = Object.keys(fieldErrors ?? {});
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    if (messages.length === 0 || messages.some((m) => m.trim() === "")) {
      problems.push(`fieldErrors.${key} has a blank message`);
    }
  }
  const cause = error.cause;
  if (error.code === "BAD_REQUEST" && cause instanceof ZodError) {
    if (keys.length === 0) problems.push(`input refused with no field named: "${message}"`);
    for (const key of keys) {
      if (key === "input") {
        if (isPlainObject(input) && procedure.inputs.length > 0) {
          problems.push(`an object input was refused at the root, naming no field: "${message}"`);
        }
      } else if (!isPathOf(procedure.inputs, key)) {
        problems.push(`fieldErrors names "${key}", which is not a field of the input`);
      }
    }
  } else if (cause instanceof DomainError && cause.field !== undefined) {
    const field = cause.field;
    if (field === "input") {
      if (isPlainObject(input)) {
        problems.push(
          `${error.code} refused an object input at the root, naming no field: "${message}"`,
        );
      }
    } else if (!isPathOf(procedure.inputs, field)) {
      const last = field.split(".").pop() ?? field;
      if (isPathIn(input, field)) {
        notes.push(`${error.code} names "${field}", a key the schema does not have: "${message}"`);
      } else if (isPropertyAnywhere(procedure.inputs, last)) {
        notes.push(`${error.code} names "${field}" without its path: "${message}"`);
      } else {
        problems.push(
          `${error.code} names "${field}", which is not a field of the input: "${message}"`,
        );
      }
    }
  } else if (
    error.code === "BAD_REQUEST" &&
    cause !== undefined &&
    !(cause instanceof DomainError)
  ) {
    // Parsing threw instead of reporting an issue (say, a refine that throws on bad input).
    problems.push(
      `input refused by a thrown ${describeCause(cause).split("\n")[0]}, naming no field: "${message}"`,
    );
  } else if (error.code === "BAD_REQUEST") {
    notes.push(`BAD_REQUEST about no field: "${message}"`);
  }
  if (error.code === "TOO_MANY_REQUESTS" && !(retryAfterSeconds && retryAfterSeconds > 0)) {
    problems.push("TOO_MANY_REQUESTS without retryAfterSeconds");
  }
  return { label: error.code, problems, notes };
}

/** Whether a dotted path leads somewhere in the value that was sent (an unknown key, say). */
function isPathIn(value: unknown, path: string): boolean {
  let node = value;
  for (const segment of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const inner = error.cause ? ` <- ${describeCause(error.cause)}` : "";
    const stack = (error.stack ?? "").split("\n").slice(1, 6).join("\n");
    return `${error.name}: ${error.message}${inner}\n${stack}`;
  }
  return String(error);
}
