import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { expect as expectThat } from "vitest";
import type { AppRouter } from "../root";
import type { World } from "./fixture";

// The access matrix (OWASP ASVS 5.0 V8): every procedure of the router, called as every kind of
// actor against the owner's records, with the outcome each actor must get written down.
// 8.2.1 function level: who may call it at all; 8.2.2 data level: whose records it reaches;
// 8.4.1 cross-tenant: a person in another group, or a coach whose link ended, reaches nothing.

/** Everyone the matrix calls as. Each is a separate person in every world. */
export const ACTORS = [
  "anonymous",
  /** The athlete whose records every call aims at. */
  "owner",
  /** Signed in, no relation to the owner. */
  "stranger",
  /** Coaches the owner (an active coaching link). */
  "coach",
  /** Coached the owner until the link was ended. */
  "endedCoach",
  /** A member of the owner's group. */
  "member",
  /** A member of another group (which `member` is in too), never in a group with the owner. */
  "otherMember",
  /** Was in the owner's group, then removed by the owner. */
  "removedMember",
] as const;
export type Actor = (typeof ACTORS)[number];
export type Person = Exclude<Actor, "anonymous">;

/**
 * What a call as that actor must end in: it works ("allowed"), or it is refused with this tRPC
 * error code. FORBIDDEN is a refusal the actor may know about because they can see the record
 * ("only the group's owner can do that"); BAD_REQUEST is a rule of the record's state ("hand the
 * group on first"); NOT_FOUND is a record that does not exist for them.
 */
export type Outcome = "allowed" | "UNAUTHORIZED" | "NOT_FOUND" | "BAD_REQUEST" | "FORBIDDEN";
export type Expectations = Record<Actor, Outcome>;

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;
type Area = keyof Inputs & string;

/** "goals.get", "coach.athlete"…: every procedure path of the app router, as a type. */
export type ProcedurePath = { [A in Area]: `${A}.${keyof Inputs[A] & string}` }[Area];
type Split<P extends ProcedurePath> = P extends `${infer A extends Area}.${infer N}`
  ? [A, N]
  : never;
export type InputOf<P extends ProcedurePath> =
  Split<P> extends [infer A extends Area, infer N] ? Inputs[A][N & keyof Inputs[A]] : never;
export type OutputOf<P extends ProcedurePath> =
  Split<P> extends [infer A extends Area, infer N] ? Outputs[A][N & keyof Outputs[A]] : never;

/** Whose records the call works on, when it names none: its caller's own ("my goals"). */
export type Scope = "own";

type Target<P extends ProcedurePath> = {
  /** What the call aims at, in words (the test's name). */
  target: string;
  /** The input, aimed at the owner's record; may prepare something of the actor's own first. */
  input: (world: World, actor: Actor) => InputOf<P> | Promise<InputOf<P>>;
  expect: Expectations;
};

export type Entry<P extends ProcedurePath = ProcedurePath> = Target<P> & {
  path: P;
  /**
   * "own": the procedure works only on the caller's own records. A non-owner's allowed call must
   * return nothing of the owner's and (a mutation) leave every row of the owner's unchanged.
   */
  scope?: Scope;
  /** Mutations whose allowed callers would get in each other's way: a fresh world for each. */
  freshWorldPerActor?: boolean;
  /** More assertions on an allowed call's result (what it shows, and to whom). */
  check?: (result: OutputOf<P>, world: World, actor: Actor) => void | Promise<void>;
  /** The same procedure aimed at another record of the owner's, where the rule differs. */
  variants?: Target<P>[];
};

/**
 * `entry("goals.get")({ ... })`: the path comes first, so the input and the result are typed by
 * it (and literals in the input keep their types); then it is stored with the others.
 */
export function entry<P extends ProcedurePath>(path: P) {
  return (definition: Omit<Entry<P>, "path">): Entry =>
    ({ path, ...definition }) as unknown as Entry;
}

const each = (outcome: Outcome) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Expectations;

/** Anyone at all, signed in or not (sign-up, the demo accounts). */
export function everyone(): Expectations {
  return each("allowed");
}

/** Any signed-in person, each on their own records; anonymous callers must sign in. */
export function signedIn(overrides: Partial<Expectations> = {}): Expectations {
  return { ...each("allowed"), anonymous: "UNAUTHORIZED", ...overrides };
}

/** Only the listed people; every other signed-in person is told the record does not exist. */
export function only(allowed: readonly Person[], overrides: Partial<Expectations> = {}) {
  const expectations: Expectations = { ...each("NOT_FOUND"), anonymous: "UNAUTHORIZED" };
  for (const actor of allowed) expectations[actor] = "allowed";
  return { ...expectations, ...overrides };
}

/** The owner's own record: nobody else may reach it. */
export function ownerOnly(overrides: Partial<Expectations> = {}) {
  return only(["owner"], overrides);
}

/** A table row: what the call aims at and its input, for entries that differ in nothing else. */
type Row<P extends ProcedurePath> = readonly [target: string, input: Target<P>["input"]];
type Table = { [P in ProcedurePath]?: Row<P> };

/**
 * `entries(ownerOnly, { "goals.archive": ["the owner's micro goal", (world) => ...] })`: one
 * entry a row, each expected to end as `expect` says (and with `scope`, when given).
 */
export function entries(expect: () => Expectations, table: Table, scope?: Scope): Entry[] {
  return Object.entries(table).map(
    ([path, row]) =>
      ({
        path,
        target: row?.[0],
        input: row?.[1],
        expect: expect(),
        ...(scope && { scope }),
      }) as Entry,
  );
}

/** Entries on the caller's own records, open to any signed-in person (scope "own"). */
export function ownEntries(table: Table): Entry[] {
  return entries(signedIn, table, "own");
}

/** The input of a procedure that takes none. */
export const noInput = () => undefined;

/**
 * `listEntry("coach.invites")({ ... })`: a list any signed-in person may ask for, in which the
 * owner's records (`expected`) appear for `holders` (the owner unless told) and for nobody else.
 * `exact`: the holders' lists hold nothing else, and everyone else's is empty.
 */
export function listEntry<P extends ProcedurePath>(path: P) {
  return (list: {
    target: string;
    input?: Target<P>["input"];
    scope?: Scope;
    holders?: readonly Person[];
    exact?: boolean;
    idsOf: (result: OutputOf<P>) => readonly string[];
    expected: (world: World) => readonly string[];
  }): Entry =>
    entry(path)({
      target: list.target,
      input: list.input ?? (noInput as unknown as Target<P>["input"]),
      expect: signedIn(),
      ...(list.scope && { scope: list.scope }),
      check: (result, world, actor) => {
        const ids = [...list.idsOf(result)];
        const holds = (list.holders ?? ["owner"]).some((holder) => holder === actor);
        if (list.exact) {
          expectThat(ids.sort()).toEqual(holds ? [...list.expected(world)].sort() : []);
        } else {
          for (const id of list.expected(world)) expectThat(ids.includes(id)).toBe(holds);
        }
      },
    });
}
