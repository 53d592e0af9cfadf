import type { Database } from "@stride/db/client";
import { addDaysTo } from "@stride/domain/periods";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { expect } from "vitest";
import { createContext } from "../context";
import { describeError } from "../errors";
import { appRouter, createCaller } from "../root";

/** A router caller acting as `viewerId` (null: anonymous), exactly as the HTTP handler builds it. */
export function callerFor(db: Database, viewerId: string | null) {
  return createCaller(createContext({ db, viewerId, clientAddress: "203.0.113.9" }));
}

/** What a refused call tells the client: its code, message and per-field messages. */
export async function refusalOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, ...describeError(error) };
  }
  throw new Error("Expected the call to be refused, but it succeeded");
}

/**
 * Asks for a week on three days after `weekStart` that start no week of the athlete's: each is
 * refused by its field, the message naming their week start day (`weekStartDay`).
 */
export async function expectOffWeekStartsRefused(
  weekStartDay: string,
  weekStart: string,
  ask: (weekStart: string) => Promise<unknown>,
) {
  for (const offset of [1, 3, 6]) {
    const refusal = await refusalOf(ask(addDaysTo(weekStart, offset)));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["weekStart"]);
    expect(refusal.fieldErrors?.weekStart?.[0]).toContain(`(${weekStartDay})`);
  }
}

/** One request through the real fetch adapter, to see the error shape a browser receives. */
export async function postOverHttp(
  db: Database,
  viewerId: string | null,
  path: string,
  input: unknown,
) {
  const request = new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(superjson.serialize(input)),
  });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext({ db, viewerId }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** How a bad value is refused: by its field, with the message the field shows. */
export const fieldRefusal = (field: string, message: unknown) => ({
  code: "BAD_REQUEST",
  fieldErrors: { [field]: [message] },
});

/** How a record the caller may not reach is refused: as if it did not exist ("That goal…"). */
export const notFound = (thing: string) => ({
  code: "NOT_FOUND",
  message: `That ${thing} was not found.`,
});
