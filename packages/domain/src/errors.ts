/**
 * The ways a domain rule can refuse something. Only the API layer turns these into HTTP/tRPC
 * errors, so the domain stays free of framework code.
 */
export type DomainErrorCode =
  | "INVALID" // the input breaks a rule; `field` says which
  | "NOT_FOUND" // the thing does not exist, or the caller may not see it
  | "FORBIDDEN" // the caller sees the thing but may not do this to it (only its owner may)
  | "CONFLICT" // the thing already exists or changed since it was read
  | "RATE_LIMITED"; // too many attempts; `retryAfterSeconds` says when to try again

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** What the client needs to recover, e.g. the current version of a goal after a CONFLICT. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { field?: string; retryAfterSeconds?: number; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.details = options.details;
  }
}
