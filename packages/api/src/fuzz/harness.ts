import { types } from "node:util";
import { useTestDatabase } from "@stride/db/testing";
import { ABUSE_LIMITS } from "@stride/domain/accounts";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Area, inArea } from "./areas";
import { anyTransportValue } from "./edge-values";
import { judge, type Outcome } from "./judge";
import { FuzzPeople, type FuzzPerson } from "./people";
import { listProcedures, type ProcedureInfo } from "./procedures";
import { SchemaArbitraries } from "./schema-arbitrary";

/** Runs per procedure and generator: 200 by default (CI), more with STRIDE_FUZZ_RUNS. */
export const RUNS = Number(process.env.STRIDE_FUZZ_RUNS ?? 200);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  throw new Error(
    `STRIDE_FUZZ_RUNS must be a whole number of runs, not "${process.env.STRIDE_FUZZ_RUNS}"`,
  );
}
/** The anonymous run is smaller: most procedures refuse before they read the input. */
export const ANONYMOUS_RUNS = Math.max(10, Math.round(RUNS / 4));
/** Replays a failure: the seed and path fast-check printed (with `-t` naming the one test). */
const SEED = process.env.STRIDE_FUZZ_SEED ? Number(process.env.STRIDE_FUZZ_SEED) : undefined;
const PATH = process.env.STRIDE_FUZZ_PATH || undefined;

/** One call may take this long (a 1,000-activity import on a slow database) before it hangs. */
const CALL_LIMIT_MS = 20_000;
/**
 * A call that answers but took longer than this fails too: work that blocks the event loop (a
 * walk of 10^8 values) cannot be interrupted by CALL_LIMIT_MS. STRIDE_FUZZ_SLOW_MS to change it.
 */
const SLOW_CALL_MS = Number(process.env.STRIDE_FUZZ_SLOW_MS ?? 5_000);
/** A subscription that has not yielded by then is open, and is stopped. */
const SUBSCRIPTION_WAIT_MS = 30;
/** A stopped subscription must finish by then. */
const SUBSCRIPTION_STOP_MS = 5_000;

/** A refusal rotates to a fresh person: at most one call in (tightest limit + 1) is refused. */
const MAX_RATE_LIMITED_SHARE =
  1 / (Math.min(...Object.values(ABUSE_LIMITS).map((limit) => limit.points)) + 1);

type Generator = "arbitrary JSON" | "schema-shaped" | "anonymous";

/** The generator's inputs for a procedure. */
function inputsFor(procedure: ProcedureInfo, generator: Generator): fc.Arbitrary<unknown> {
  const json = fc.oneof(
    anyTransportValue,
    new SchemaArbitraries("shape", procedure.path).forInputs(procedure.inputs),
  );
  const shaped = fc.oneof(
    new SchemaArbitraries("valid", procedure.path).forInputs(procedure.inputs),
    new SchemaArbitraries("hostile", procedure.path).forInputs(procedure.inputs),
  );
  if (generator === "arbitrary JSON") return json;
  if (generator === "schema-shaped") return shaped;
  return fc.oneof(json, shaped);
}

const TIMED_OUT = Symbol("timed out");

async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

type Callable = (input: unknown) => Promise<unknown>;

function procedureAt(caller: unknown, path: string): Callable {
  let node = caller;
  for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
  return node as Callable;
}

/** Takes the first value of a subscription, or stops it if none comes soon; it must stop. */
async function firstOf(result: unknown, controller: AbortController): Promise<Outcome> {
  const iterable = result as AsyncIterable<unknown>;
  if (typeof iterable?.[Symbol.asyncIterator] !== "function") {
    return { kind: "refused", error: new Error("The subscription did not return a stream") };
  }
  const iterator = iterable[Symbol.asyncIterator]();
  const first = iterator.next();
  try {
    const early = await within(first, SUBSCRIPTION_WAIT_MS);
    controller.abort();
    if (early === TIMED_OUT) {
      const stopped = await within(first, SUBSCRIPTION_STOP_MS);
      if (stopped === TIMED_OUT) {
        return {
          kind: "hang",
          what: `the subscription did not stop within ${SUBSCRIPTION_STOP_MS} ms of being aborted`,
        };
      }
    } else if (!early.done) {
      const ended = await within<unknown>(
        iterator.return?.() ?? Promise.resolve(),
        SUBSCRIPTION_STOP_MS,
      );
      if (ended === TIMED_OUT) {
        return { kind: "hang", what: "the subscription did not end when returned" };
      }
    }
    return { kind: "ok" };
  } catch (error) {
    return { kind: "refused", error };
  }
}

/** Shortens long strings and big arrays so a counterexample can be read (and pasted). */
export function preview(value: unknown): string {
  const seen = new WeakSet<object>();
  const shrink = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") {
      return v.length > 120
        ? `${JSON.stringify(v.slice(0, 40)).slice(1, -1)}… (${v.length} UTF-16 units, ${JSON.stringify(v.slice(-8)).slice(1, -1)} at the end)`
        : v;
    }
    if (typeof v === "number" && (Number.isNaN(v) || !Number.isFinite(v) || Object.is(v, -0))) {
      return `<number ${Object.is(v, -0) ? "-0" : String(v)}>`;
    }
    if (typeof v === "bigint") return `<bigint ${v}>`;
    if (v === undefined) return "<undefined>";
    if (types.isDate(v)) return `<Date ${Number.isNaN(v.getTime()) ? "Invalid" : v.toISOString()}>`;
    // A brand check, not instanceof: an object whose prototype is a Set is no Set to stringify.
    if (types.isMap(v) || types.isSet(v) || types.isRegExp(v)) return `<${fc.stringify(v)}>`;
    if (typeof v !== "object" || v === null) return v;
    if (seen.has(v) || depth > 6) return "<…>";
    seen.add(v);
    if (Array.isArray(v)) {
      const head = v.slice(0, 5).map((item) => shrink(item, depth + 1));
      return v.length > 5 ? [...head, `… ${v.length} items in all`] : head;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      out[key] = shrink((v as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  };
  return JSON.stringify(shrink(value, 0));
}

/** The preview, or why there is none: a failure report must carry its seed whatever it holds. */
function previewOrWhy(value: unknown): string {
  try {
    return preview(value);
  } catch (error) {
    return `(no preview: ${error instanceof Error ? error.message : String(error)})`;
  }
}

type Tally = Map<string, number>;

/** What each procedure answered, and the notes it raised, printed at the end of the file. */
class Report {
  private readonly rows = new Map<string, Tally>();
  private readonly notes = new Map<string, Map<string, { count: number; example: string }>>();

  private readonly slowest = new Map<string, { ms: number; input: unknown }>();

  /** Keeps the slowest call of each test, to say where the time goes. */
  timing(test: string, ms: number, input: unknown) {
    const current = this.slowest.get(test);
    if (!current || ms > current.ms) this.slowest.set(test, { ms, input });
  }

  count(test: string, label: string) {
    const tally = this.rows.get(test) ?? new Map<string, number>();
    tally.set(label, (tally.get(label) ?? 0) + 1);
    this.rows.set(test, tally);
  }

  share(test: string, label: string) {
    const tally = this.rows.get(test);
    if (!tally) return 0;
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    return (tally.get(label) ?? 0) / Math.max(total, 1);
  }

  note(path: string, note: string, input: unknown) {
    const forPath = this.notes.get(path) ?? new Map<string, { count: number; example: string }>();
    const entry = forPath.get(note) ?? { count: 0, example: preview(input).slice(0, 300) };
    entry.count += 1;
    forPath.set(note, entry);
    this.notes.set(path, forPath);
  }

  print(area: string, fixtureFailures: Map<string, number>, elapsedMs: number) {
    const lines = [`fuzz ${area}: ${RUNS} runs per generator, ${(elapsedMs / 1000).toFixed(1)} s`];
    for (const [test, tally] of [...this.rows].sort(([a], [b]) => a.localeCompare(b))) {
      const parts = [...tally].sort(([, a], [, b]) => b - a).map(([label, n]) => `${label} ${n}`);
      const slow = this.slowest.get(test);
      const slowest =
        slow && slow.ms > 250
          ? ` (slowest ${Math.round(slow.ms)} ms: ${preview(slow.input).slice(0, 160)})`
          : "";
      lines.push(`  ${test}: ${parts.join(", ")}${slowest}`);
    }
    for (const [path, notes] of this.notes) {
      for (const [note, { count, example }] of notes) {
        lines.push(`  note ${path} (${count}×): ${note.slice(0, 200)}\n      e.g. ${example}`);
      }
    }
    for (const [failure, count] of fixtureFailures) {
      lines.push(`  fixture not made (${count}×): ${failure.slice(0, 200)}`);
    }
    console.info(lines.join("\n"));
  }
}

/**
 * Fuzzes every procedure of the area's routers against a database of the file's own: inputs from
 * arbitrary JSON and from the zod schemas, as a signed-in person and (fewer) as nobody. See
 * `judge` for the property.
 */
export function fuzzArea(area: Area) {
  const handle = useTestDatabase();
  const procedures = listProcedures().filter((procedure) => inArea(procedure.path, area));
  const report = new Report();
  let people: FuzzPeople;
  let started = 0;

  beforeAll(() => {
    people = new FuzzPeople(handle.db, area);
    started = performance.now();
  });
  afterAll(() => report.print(area, people.fixtureFailures, performance.now() - started));

  async function call(procedure: ProcedureInfo, viewerId: string | null, input: unknown) {
    const controller = new AbortController();
    const caller = people.callerAs(viewerId, controller.signal);
    try {
      const answer = await within(procedureAt(caller, procedure.path)(input), CALL_LIMIT_MS);
      if (answer === TIMED_OUT) {
        controller.abort();
        return { kind: "hang", what: `no answer within ${CALL_LIMIT_MS} ms` } satisfies Outcome;
      }
      if (procedure.type === "subscription") return firstOf(answer, controller);
      return { kind: "ok" } satisfies Outcome;
    } catch (error) {
      return { kind: "refused", error } satisfies Outcome;
    }
  }

  async function fuzz(procedure: ProcedureInfo, generator: Generator) {
    const runs = generator === "anonymous" ? ANONYMOUS_RUNS : RUNS;
    const test = `${procedure.path} ${generator}`;
    // The person whose rows the placeholders name; anonymous calls still point at their rows.
    let person: FuzzPerson = await people.person();
    const viewer = () => (generator === "anonymous" ? null : person.id);

    const property = fc.asyncProperty(inputsFor(procedure, generator), async (generated) => {
      const input = await person.resolve(generated);
      const begun = performance.now();
      const outcome = await call(procedure, viewer(), input);
      const elapsed = performance.now() - begun;
      report.timing(test, elapsed, input);
      const verdict = judge(procedure, input, outcome);
      if (elapsed > SLOW_CALL_MS) {
        verdict.problems.push(
          `took ${Math.round(elapsed)} ms; a call may take ${SLOW_CALL_MS} ms (a blocked event loop cannot be timed out)`,
        );
        if (verdict.label === "ok") verdict.label = "SLOW";
      }
      report.count(test, verdict.label);
      for (const note of verdict.notes) report.note(procedure.path, note, input);
      // A fresh person once this one is rate limited or gone, so neither dominates the run.
      if (
        verdict.label === "TOO_MANY_REQUESTS" ||
        (procedure.path === "account.delete" && verdict.label === "ok" && viewer() !== null)
      ) {
        person = await people.person();
      }
      if (verdict.problems.length > 0) {
        throw new Error(
          `${procedure.path} broke the property:\n- ${verdict.problems.join("\n- ")}\ninput (resolved): ${preview(input)}`,
        );
      }
    });

    const details = await fc.check(property, { numRuns: runs, seed: SEED, path: PATH });
    if (details.failed) {
      const counterexample = details.counterexample?.[0];
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : "";
      throw new Error(
        [
          `${test}: failed after ${details.numRuns} runs and ${details.numShrinks} shrinks.`,
          `Replay: STRIDE_FUZZ_SEED=${details.seed} STRIDE_FUZZ_PATH=${details.counterexamplePath} pnpm exec vitest run --project int-pglite packages/api/src/fuzz/${area}.int.test.ts -t "${test}"`,
          `Counterexample (generated): ${previewOrWhy(counterexample)}`,
          error,
        ].join("\n"),
      );
    }
    expect(report.share(test, "TOO_MANY_REQUESTS")).toBeLessThanOrEqual(MAX_RATE_LIMITED_SHARE);
  }

  const timeout = 60_000 + RUNS * 500;
  describe(`fuzz: ${area}`, () => {
    for (const procedure of procedures) {
      describe(procedure.path, () => {
        it(`arbitrary JSON (${RUNS} runs)`, () => fuzz(procedure, "arbitrary JSON"), timeout);
        it(`schema-shaped (${RUNS} runs)`, () => fuzz(procedure, "schema-shaped"), timeout);
        it(`anonymous (${ANONYMOUS_RUNS} runs)`, () => fuzz(procedure, "anonymous"), timeout);
      });
    }
  });
}
