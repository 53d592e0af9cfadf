import { isDatabaseUnavailable } from "@stride/db/errors";
import { DomainError } from "@stride/domain/errors";
import {
  findUnstorableText,
  TOO_LARGE_MESSAGE,
  UNSTORABLE_TEXT_MESSAGE,
} from "@stride/domain/text";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "./context";
import { describeError, toTrpcError } from "./errors";
import { transformer } from "./transformer";

/** `anonymous`: callable without a session; the HTTP gate answers the others 401 unread. */
export type ProcedureMeta = { anonymous?: boolean };

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    errorFormatter({ shape, error }) {
      const { message, fieldErrors, retryAfterSeconds, details } = describeError(error);
      return {
        code: shape.code,
        message,
        // No stack, ever: `shape.data.stack` is dropped on purpose.
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors,
          retryAfterSeconds,
          details,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "Stride can't reach its database just now. Nothing was lost; try again in a few seconds.";

/**
 * Turns rule violations thrown by the domain into tRPC errors with the same message, and a
 * database that cannot be reached into SERVICE_UNAVAILABLE (503), which the client may retry.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    throw toTrpcError(result.error.cause);
  }
  if (!result.ok && isDatabaseUnavailable(result.error.cause ?? result.error)) {
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: DATABASE_UNAVAILABLE_MESSAGE,
      cause: result.error,
    });
  }
  return result;
});

/** Refuses text Postgres cannot store (NUL, lone surrogates) anywhere in the input, by field. */
const storableText = t.middleware(async ({ getRawInput, next }) => {
  const found = findUnstorableText(await getRawInput());
  if (!found) return next();
  // Too large: named by the field where the request passed the limit (usually the long list).
  const message = found.problem === "too_large" ? TOO_LARGE_MESSAGE : UNSTORABLE_TEXT_MESSAGE;
  throw new DomainError("INVALID", message, { field: found.field });
});

const baseProcedure = t.procedure.use(domainErrors);

export const publicProcedure = baseProcedure.meta({ anonymous: true }).use(storableText);

/**
 * A signed-in user; after this middleware `ctx.viewerId` is a string. The session is checked
 * before the input is walked or parsed, so an anonymous caller costs no input work.
 */
export const authedProcedure = baseProcedure
  .use(({ ctx, next }) => {
    if (!ctx.viewerId) {
      throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    }
    return next({ ctx: { ...ctx, viewerId: ctx.viewerId } });
  })
  .use(storableText);
