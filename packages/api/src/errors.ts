import { DomainError } from "@stride/domain/errors";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";

const domainToTrpc: Record<DomainError["code"], TRPC_ERROR_CODE_KEY> = {
  INVALID: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

export function toTrpcError(error: DomainError): TRPCError {
  return new TRPCError({ code: domainToTrpc[error.code], message: error.message, cause: error });
}

export const SERVER_FAULT_MESSAGE = "Something went wrong on our side. Please try again.";

export type FieldErrors = Record<string, string[]>;

function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "input";
    fields[key] ??= [];
    fields[key].push(issue.message);
  }
  return fields;
}

/** What the client sees of an error: a sentence a person can act on, and the fields it is about. */
export type ErrorDescription = {
  message: string;
  fieldErrors: FieldErrors | undefined;
  retryAfterSeconds: number | undefined;
  details: Record<string, unknown> | undefined;
};

const none = { fieldErrors: undefined, retryAfterSeconds: undefined, details: undefined };

export function describeError(error: TRPCError): ErrorDescription {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fieldErrors = zodFieldErrors(cause);
    // The schemas' messages are written for people and by field ("Write a comment"); the field's
    // name ("body") is for the form that places it, not for the sentence a person reads.
    const message = [...new Set(Object.values(fieldErrors).map((messages) => messages[0]))].join(
      "; ",
    );
    return { ...none, message, fieldErrors };
  }
  if (cause instanceof DomainError) {
    return {
      message: cause.message,
      fieldErrors: cause.field ? { [cause.field]: [cause.message] } : undefined,
      retryAfterSeconds: cause.retryAfterSeconds,
      details: cause.details,
    };
  }
  // Never pass on the text of an unexpected error: it may hold SQL, paths or secrets.
  if (error.code === "INTERNAL_SERVER_ERROR") {
    return { ...none, message: SERVER_FAULT_MESSAGE };
  }
  return { ...none, message: error.message };
}
