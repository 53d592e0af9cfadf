import { useTestDatabase } from "@stride/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root";
import { accountEntries } from "./entries-account";
import { activityEntries } from "./entries-activities";
import { coachEntries } from "./entries-coach";
import { coachingEntries } from "./entries-coaching";
import { goalEntries } from "./entries-goals";
import { groupEntries } from "./entries-groups";
import { socialEntries } from "./entries-social";
import { buildWorld, type World } from "./fixture";
import { leaked } from "./inputs";
import { ACTORS, type Actor, type Entry, type Expectations, type Outcome } from "./matrix";
import { type Scope, scopeOf, snapshotOf } from "./snapshot";

// The access matrix: every procedure of the app router × every kind of actor, each with the
// outcome written down (OWASP ASVS 5.0 V8: 8.2.1, 8.2.2, 8.4.1). A procedure added to the router
// without an entry fails the first test by name. Reads run against one shared world; every
// mutation gets a world of its own (and, where allowed callers would collide, one per caller).
// Refused calls, and every read, must leave the world's rows exactly as they were.

const handle = useTestDatabase();

const ENTRIES: Entry[] = [
  ...accountEntries,
  ...activityEntries,
  ...coachEntries,
  ...coachingEntries,
  ...goalEntries,
  ...groupEntries,
  ...socialEntries,
];

type Kind = "query" | "mutation" | "subscription";
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: Kind; meta?: { anonymous?: boolean } } }
>;
const OUTCOMES: readonly Outcome[] = [
  "allowed",
  "UNAUTHORIZED",
  "NOT_FOUND",
  "BAD_REQUEST",
  "FORBIDDEN",
];

type Caller = World["callers"][Actor];
type Attempt = { outcome: string; result?: unknown; message?: string };
type Case = Pick<Entry, "target" | "input" | "expect"> & { main: boolean };

/** The first event of a subscription (then it is closed), or why it ended. */
async function firstEvent(stream: unknown) {
  const events = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("No event within 5 s")), 5_000);
  });
  try {
    const next = await Promise.race([events.next(), timeout]);
    await events.return?.(undefined);
    return next.value;
  } finally {
    clearTimeout(timer);
  }
}

/** Calls `path` by name on the caller, so an entry always calls exactly the procedure it names. */
async function attempt(caller: Caller, path: string, kind: Kind, input: unknown): Promise<Attempt> {
  const [area = "", name = ""] = path.split(".");
  const byArea = caller as unknown as Record<string, Record<string, (input: unknown) => unknown>>;
  const call = byArea[area]?.[name];
  if (!call) throw new Error(`The caller has no ${path}`);
  try {
    const result = await call(input);
    return {
      outcome: "allowed",
      result: kind === "subscription" ? await firstEvent(result) : result,
    };
  } catch (error) {
    if (error instanceof TRPCError) return { outcome: error.code, message: error.message };
    throw error;
  }
}

let shared: World | undefined;
beforeAll(async () => {
  shared = await buildWorld(handle.db);
});

/**
 * Each world's scope, kept while the world is known not to have changed: a refused call changes
 * nothing (that is what is checked), so only an allowed mutation, or an input builder that awaits
 * (it may have made something of the actor's first), makes it stale.
 */
const scopes = new WeakMap<World, Promise<Scope>>();
function worldScopeOf(world: World) {
  let scope = scopes.get(world);
  if (!scope) {
    scope = scopeOf(handle.db, world.peopleIds, "connected");
    scopes.set(world, scope);
  }
  return scope;
}

async function runCase(entry: Entry, c: Case, kind: Kind, actor: Actor, world: World) {
  const { db } = handle;
  const built = c.input(world, actor);
  if (built instanceof Promise) scopes.delete(world);
  const input = await built;
  const expected = c.expect[actor];
  const allowed = expected === "allowed";
  // Refused calls and reads change nothing in the world; a non-owner's allowed call on their own
  // records changes nothing of the owner's.
  const worldScope = !allowed || kind !== "mutation" ? await worldScopeOf(world) : undefined;
  const ownerScope =
    allowed && kind === "mutation" && entry.scope === "own" && actor !== "owner"
      ? await scopeOf(db, [world.people.owner.id], "owned")
      : undefined;
  const before = {
    world: worldScope && (await snapshotOf(db, worldScope)),
    owner: ownerScope && (await snapshotOf(db, ownerScope)),
  };

  const got = await attempt(world.callers[actor], entry.path, kind, input);
  if (kind === "mutation" && got.outcome === "allowed") scopes.delete(world);
  expect(got.outcome, `${entry.path} as ${actor}: ${got.message ?? "it succeeded"}`).toBe(expected);

  if (worldScope)
    expect(await snapshotOf(db, worldScope), "the world's rows changed").toEqual(before.world);
  if (ownerScope)
    expect(await snapshotOf(db, ownerScope), "the owner's rows changed").toEqual(before.owner);
  if (actor !== "owner") {
    const answer = got.result ?? got.message;
    expect(leaked(answer, world.secrets.ownerOnly), "the owner's private records").toEqual([]);
    if (entry.scope === "own" || !allowed)
      expect(leaked(answer, world.secrets.ownerData), "the owner's records").toEqual([]);
  }
  if (allowed && c.main && entry.check) await entry.check(got.result as never, world, actor);
}

describe("the access matrix", () => {
  it("has exactly one entry for every procedure of the router", () => {
    const paths = Object.keys(procedures).sort();
    const listed = ENTRIES.map((e) => e.path as string);
    expect({
      missing: paths.filter((path) => !listed.includes(path)),
      stale: listed.filter((path) => !paths.includes(path)),
      twice: listed.filter((path, i) => listed.indexOf(path) !== i),
    }).toEqual({ missing: [], stale: [], twice: [] });
  });

  it("marks for the HTTP gate exactly the procedures a signed-out caller may reach", () => {
    // The gate (http/gate.ts) answers 401 before reading the body of any procedure not marked
    // anonymous; the matrix says which ones anonymous callers must reach.
    const reachable = ENTRIES.filter((e) => e.expect.anonymous !== "UNAUTHORIZED").map(
      (e) => e.path,
    );
    const marked = Object.keys(procedures).filter((path) => procedures[path]?._def.meta?.anonymous);
    expect(marked.sort()).toEqual(reachable.sort());
  });

  it("writes down one known outcome for every actor, in every entry and variant", () => {
    for (const e of ENTRIES) {
      for (const expectations of [e.expect, ...(e.variants ?? []).map((v) => v.expect)]) {
        expect(Object.keys(expectations).sort(), e.path).toEqual([...ACTORS].sort());
        for (const outcome of Object.values(expectations)) expect(OUTCOMES).toContain(outcome);
      }
    }
  });
});

/** Refused actors first: they must find the world untouched by anyone allowed. */
const deniedFirst = (expectations: Expectations) =>
  [...ACTORS].sort(
    (a, b) => Number(expectations[a] === "allowed") - Number(expectations[b] === "allowed"),
  );

for (const entry of ENTRIES) {
  const kind = procedures[entry.path]?._def.type;
  if (!kind) continue; // a stale entry: the coverage test above names it
  const cases: Case[] = [
    { ...entry, main: true },
    ...(entry.variants ?? []).map((variant) => ({ ...variant, main: false })),
  ];
  for (const c of cases) {
    describe(`${entry.path} (${kind}) on ${c.target}`, () => {
      let world: Promise<World> | undefined;
      const worldFor = async (actor: Actor): Promise<World> => {
        if (kind !== "mutation") {
          if (!shared) throw new Error("The shared world is built in beforeAll");
          return shared;
        }
        if (entry.freshWorldPerActor && c.expect[actor] === "allowed") return buildWorld(handle.db);
        world ??= buildWorld(handle.db);
        return world;
      };
      for (const actor of deniedFirst(c.expect)) {
        it(`${actor}: ${c.expect[actor]}`, async () => {
          await runCase(entry, c, kind, actor, await worldFor(actor));
        });
      }
    });
  }
}
