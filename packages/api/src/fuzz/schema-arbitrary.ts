import { DEFAULT_TEST_PASSWORD } from "@stride/db/factories";
import { makeTarget } from "@stride/domain/goals";
import fc from "fast-check";
import {
  anyEdgeNumber,
  anyHostileValue,
  anyTransportValue,
  DATE_OBJECTS,
  EDGE_NUMBERS,
  EMAILS,
  INVALID_DATES,
  INVALID_DATETIMES,
  INVALID_UUIDS,
  LONG_STRINGS,
  NIL_UUID,
  TIME_ZONES,
  TIMES,
  UNICODE_STRINGS,
  VALID_DATES,
  VALID_DATETIMES,
} from "./edge-values";
import type { JsonSchema } from "./procedures";
import { idRefsFor, REL_DATES, ref, rel } from "./sentinels";

/**
 * How a generated value relates to its schema:
 * - "valid": right shape and (as far as JSON Schema can say) within the limits, edge cases included
 *   (emoji at the maximum length, DST dates, the largest allowed number): these reach the handlers.
 * - "hostile": the right shape with wrong values mixed in at every level: out of range, wrong
 *   type, missing or extra keys, very long strings, NaN.
 * - "shape": the schema's keys and nesting, with arbitrary values at the leaves.
 */
export type Mode = "valid" | "hostile" | "shape";

type Arb = fc.Arbitrary<unknown>;

const repeat = (text: string, codeUnits: number) =>
  text.repeat(Math.ceil(codeUnits / Math.max(text.length, 1))).slice(0, codeUnits);

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const someDates = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z") })
  .filter((date) => !Number.isNaN(date.getTime()));

/** Offsets a UTC instant into "+hh:mm" form, keeping the same instant. */
function withOffset(date: Date, minutes: number) {
  const shifted = new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${shifted}${sign}${hh}:${mm}`;
}

const VALID_TARGETS = [
  makeTarget({
    unit: "mi",
    value: 15,
    baseline: 10,
  }),
  makeTarget({
    kind: "sessions",
    unit: "sessions",
    value: 3,
    activityTypes: ["strength"],
  }),
  makeTarget({
    kind: "habit_days",
    unit: "days",
    value: 7,
    activityTypes: [],
  }),
  makeTarget({
    unit: "count",
    value: 1000,
    baseline: 0,
    per: "day",
    activityTypes: [],
    label: "🥦 servings",
  }),
  makeTarget({
    kind: "best_performance",
    unit: "time",
    value: 6900,
    per: "period",
    eventDistanceMetres: 21097.5,
  }),
  makeTarget({
    kind: "milestone",
    unit: "none",
    per: "period",
    activityTypes: [],
  }),
  makeTarget({
    kind: "checklist",
    unit: "items",
    per: "period",
    activityTypes: [],
  }),
] as const;

/** Extra candidates for fields whose name says what they hold (ids, dates, tokens, emails...). */
function hintsFor(path: string, schema: JsonSchema, key: string | undefined): Arb[] {
  const hints: Arb[] = [];
  if (key === undefined) return hints;
  if (schema.format === "uuid") {
    hints.push(fc.constantFrom(...idRefsFor(path, key)).map(ref));
  }
  if (schema.format === "date") hints.push(fc.constantFrom(...REL_DATES).map(rel));
  if (schema.type === "string" && key === "token") {
    hints.push(fc.constantFrom(ref("groupToken"), ref("coachToken")));
  }
  if (schema.type === "string" && key === "email") {
    hints.push(fc.constantFrom(ref("email"), ref("selfEmail"), ...EMAILS));
  }
  if (schema.type === "string" && /password/i.test(key)) {
    hints.push(fc.constant(DEFAULT_TEST_PASSWORD));
  }
  if (schema.type === "string" && key === "timeZone") hints.push(fc.constantFrom(...TIME_ZONES));
  if (schema.type === "integer" && key === "version") hints.push(fc.integer({ min: 1, max: 3 }));
  if (schema.type === "string" && key === "lastEventId") {
    hints.push(
      fc.constantFrom("0", "1", "9007199254740993", "99999999999999999999", "0".repeat(500)),
    );
  }
  if (key === "target" && (schema.anyOf || schema.type === "object")) {
    hints.push(fc.constantFrom(...VALID_TARGETS));
  }
  return hints;
}

function branchesOf(schema: JsonSchema) {
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
}

/** Builds fast-check arbitraries for JSON Schemas made by `z.toJSONSchema`. */
export class SchemaArbitraries {
  /** `path` names the procedure, so a bare "id" field can point at the right kind of row. */
  constructor(
    private readonly mode: Mode,
    private readonly path = "",
  ) {}

  forInputs(inputs: readonly JsonSchema[]): Arb {
    if (inputs.length === 0) return anyTransportValue;
    const parts = inputs.map((schema) => this.of(schema, undefined));
    return fc.tuple(...parts).map((values) => mergeAll(values));
  }

  of(schema: JsonSchema, key: string | undefined): Arb {
    const hints = this.mode === "shape" ? [] : hintsFor(this.path, schema, key);
    const base = this.mode === "shape" ? this.shaped(schema, key) : this.structured(schema, key);
    const options: fc.WeightedArbitrary<unknown>[] = [{ arbitrary: base, weight: 4 }];
    for (const hint of hints) options.push({ arbitrary: hint, weight: 3 });
    if (this.mode === "hostile") {
      options.push({ arbitrary: this.outOfRange(schema), weight: 1 });
      options.push({ arbitrary: anyHostileValue, weight: 1 });
    }
    return options.length === 1 ? base : fc.oneof(...options);
  }

  /** The schema's nesting, arbitrary leaves. */
  private shaped(schema: JsonSchema, key: string | undefined): Arb {
    const branches = branchesOf(schema);
    if (schema.allOf) return fc.tuple(...schema.allOf.map((s) => this.of(s, key))).map(mergeAll);
    if (branches.length > 0) return fc.oneof(...branches.map((b) => this.of(b, key)));
    if (schema.type === "object" && schema.properties) {
      const entries = Object.entries(schema.properties).map(
        ([name, child]) => [name, fc.oneof(this.of(child, name), anyTransportValue)] as const,
      );
      const arbitraries: Record<string, Arb> = Object.fromEntries(entries);
      return fc.record(arbitraries, { requiredKeys: schema.required ?? [] });
    }
    if (schema.type === "array" && schema.items) {
      return fc.array(this.of(schema.items, key), { maxLength: 4 });
    }
    return anyTransportValue;
  }

  /** Right shape; children follow the same mode. */
  private structured(schema: JsonSchema, key: string | undefined): Arb {
    if (schema.allOf) return fc.tuple(...schema.allOf.map((s) => this.of(s, key))).map(mergeAll);
    const branches = branchesOf(schema);
    if (branches.length > 0) return fc.oneof(...branches.map((b) => this.of(b, key)));
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    if (schema["x-fuzz-date"]) return fc.oneof(fc.constantFrom(...DATE_OBJECTS), fc.date());
    switch (schema.type) {
      case "string":
        return this.string(schema);
      case "integer":
      case "number":
        return this.number(schema);
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "array":
        return this.array(schema, key);
      case "object":
        return this.object(schema);
      default:
        return anyTransportValue;
    }
  }

  private string(schema: JsonSchema): Arb {
    if (schema.format === "date") {
      return fc.oneof(
        { arbitrary: fc.constantFrom(...VALID_DATES), weight: 3 },
        { arbitrary: someDates.map(isoDate), weight: 1 },
      );
    }
    if (schema.format === "date-time") {
      return fc.oneof(
        { arbitrary: fc.constantFrom(...VALID_DATETIMES), weight: 3 },
        { arbitrary: someDates.map((d) => d.toISOString()), weight: 1 },
        {
          arbitrary: fc
            .tuple(someDates, fc.integer({ min: -720, max: 840 }))
            .map(([d, offset]) => withOffset(d, offset)),
          weight: 1,
        },
      );
    }
    if (schema.format === "uuid") {
      return fc.oneof(
        { arbitrary: fc.uuid(), weight: 3 },
        { arbitrary: fc.constantFrom(NIL_UUID, "ffffffff-ffff-ffff-ffff-ffffffffffff"), weight: 1 },
      );
    }
    if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? 100_000;
    const fits = (text: string) => text.length >= min && text.length <= max;
    const options: fc.WeightedArbitrary<unknown>[] = [
      {
        arbitrary: fc.string({
          unit: "grapheme",
          minLength: min,
          maxLength: Math.min(max, min + 40),
        }),
        weight: 3,
      },
      {
        arbitrary: fc.string({
          unit: "binary",
          minLength: min,
          maxLength: Math.min(max, min + 40),
        }),
        weight: 1,
      },
      // Exactly at the limit, in characters that take two UTF-16 units or combine.
      {
        arbitrary: fc
          .constantFrom(
            repeat("é", max),
            repeat("e\u0301", max),
            repeat("👍", max),
            repeat("a", max),
          )
          .filter(fits),
        weight: 1,
      },
    ];
    const unicode = UNICODE_STRINGS.filter(fits);
    if (unicode.length > 0) options.push({ arbitrary: fc.constantFrom(...unicode), weight: 2 });
    const long = LONG_STRINGS.filter(fits);
    if (long.length > 0) options.push({ arbitrary: fc.constantFrom(...long), weight: 1 });
    return fc.oneof(...options).filter((value) => typeof value !== "string" || fits(value));
  }

  private number(schema: JsonSchema): Arb {
    const integer = schema.type === "integer";
    const lowest = schema.minimum ?? schema.exclusiveMinimum ?? -Number.MAX_VALUE;
    const highest = schema.maximum ?? schema.exclusiveMaximum ?? Number.MAX_VALUE;
    const inRange = (n: number) =>
      (schema.minimum === undefined || n >= schema.minimum) &&
      (schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum) &&
      (schema.maximum === undefined || n <= schema.maximum) &&
      (schema.exclusiveMaximum === undefined || n < schema.exclusiveMaximum) &&
      (!integer || Number.isInteger(n));
    const edges = [
      ...EDGE_NUMBERS,
      lowest,
      highest,
      lowest + 1,
      highest - 1,
      lowest + Number.MIN_VALUE,
      highest - 0.001,
      Math.round((lowest + highest) / 2),
    ].filter((n) => Number.isFinite(n) && inRange(n));
    const options: fc.WeightedArbitrary<unknown>[] = [];
    if (edges.length > 0) options.push({ arbitrary: fc.constantFrom(...edges), weight: 2 });
    if (integer) {
      const min = Math.max(Math.ceil(lowest), -(2 ** 31));
      const max = Math.min(Math.floor(highest), 2 ** 31 - 1);
      if (min <= max) {
        options.push({ arbitrary: fc.integer({ min, max }).filter(inRange), weight: 3 });
      }
    } else {
      options.push({
        arbitrary: fc
          .double({ min: lowest, max: highest, noNaN: true, noDefaultInfinity: true })
          .filter(inRange),
        weight: 3,
      });
    }
    return options.length > 0 ? fc.oneof(...options) : fc.constant(lowest);
  }

  private array(schema: JsonSchema, key: string | undefined): Arb {
    const items = schema.items ? this.of(schema.items, key) : anyTransportValue;
    const min = schema.minItems ?? 0;
    const max = schema.maxItems ?? 10_000;
    const options: fc.WeightedArbitrary<unknown>[] = [
      {
        arbitrary: fc.array(items, { minLength: min, maxLength: Math.min(max, min + 4) }),
        weight: 8,
      },
      // As many as allowed: one item repeated, so a 1,000-item import costs nothing to generate.
      { arbitrary: items.map((item) => Array.from({ length: max }, () => item)), weight: 1 },
    ];
    return fc.oneof(...options);
  }

  private object(schema: JsonSchema): Arb {
    const properties = schema.properties ?? {};
    const arbitraries: Record<string, Arb> = {};
    for (const [name, child] of Object.entries(properties))
      arbitraries[name] = this.of(child, name);
    const record: Arb = fc.record(arbitraries, { requiredKeys: schema.required ?? [] });
    if (this.mode !== "hostile") return record;
    // Unknown keys (zod strips them) and keys that matter to JavaScript objects.
    const extra = fc.dictionary(
      fc.constantFrom("__proto__", "constructor", "toString", "extra", "0"),
      anyHostileValue,
      { maxKeys: 2 },
    );
    return fc.oneof(
      { arbitrary: record, weight: 4 },
      {
        arbitrary: fc.tuple(record, extra).map(([value, more]) => {
          const copy = { ...(value as Record<string, unknown>) };
          for (const [name, v] of Object.entries(more)) {
            Object.defineProperty(copy, name, {
              value: v,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
          return copy;
        }),
        weight: 1,
      },
    );
  }

  /** A value of the right type that breaks the schema's limits, or of a type it does not take. */
  private outOfRange(schema: JsonSchema): Arb {
    const options: Arb[] = [anyHostileValue];
    const branches = branchesOf(schema);
    if (branches.some((b) => b.type === "null")) options.push(fc.constant(undefined));
    if (schema.enum) {
      const first = String(schema.enum[0]);
      options.push(fc.constantFrom(first.toUpperCase(), ` ${first}`, `${first}\u0000`, ""));
    }
    if (schema.type === "string") {
      const max = schema.maxLength;
      const min = schema.minLength ?? 0;
      const broken: string[] = [...LONG_STRINGS, "   ", "\u200B", "\uD800"];
      if (max !== undefined) broken.push(repeat("a", max + 1), `${repeat("a", max - 1)}😀`);
      if (min > 0) broken.push("", repeat("a", min - 1), repeat(" ", min + 1));
      if (schema.format === "date") broken.push(...INVALID_DATES);
      if (schema.format === "date-time") broken.push(...INVALID_DATETIMES, ...VALID_DATES);
      if (schema.format === "uuid") broken.push(...INVALID_UUIDS);
      if (schema.pattern) broken.push(...TIMES);
      options.push(fc.constantFrom(...broken));
    }
    if (schema.type === "integer" || schema.type === "number") {
      const broken: unknown[] = [...EDGE_NUMBERS, "1", "", null];
      if (schema.minimum !== undefined) broken.push(schema.minimum - 1, schema.minimum - 1e-9);
      if (schema.exclusiveMinimum !== undefined) broken.push(schema.exclusiveMinimum);
      if (schema.maximum !== undefined)
        broken.push(schema.maximum + 1, schema.maximum * (1 + 1e-12));
      if (schema.type === "integer") broken.push((schema.minimum ?? 0) + 0.5);
      options.push(fc.constantFrom(...broken), anyEdgeNumber);
    }
    if (schema.type === "array" && schema.items) {
      const items = this.of(schema.items, undefined);
      const min = schema.minItems ?? 0;
      const max = schema.maxItems;
      const lengths: number[] = [
        10_000,
        ...(max !== undefined ? [max + 1] : []),
        ...(min > 0 ? [min - 1] : []),
      ];
      options.push(
        fc
          .tuple(items, fc.constantFrom(...lengths))
          .map(([item, length]) => Array.from({ length }, () => item)),
      );
    }
    if (schema.type === "object" && schema.properties) {
      const required = schema.required ?? [];
      const valid = new SchemaArbitraries("valid", this.path).object(schema);
      if (required.length > 0) {
        options.push(
          fc.tuple(valid, fc.constantFrom(...required)).map(([value, missing]) => {
            const copy = { ...(value as Record<string, unknown>) };
            delete copy[missing];
            return copy;
          }),
        );
      }
      options.push(fc.constantFrom({}, [], "{}"));
    }
    if (schema.type === "boolean") options.push(fc.constantFrom("true", 1, 0, "false"));
    return fc.oneof(...options);
  }
}

/** tRPC merges the results of chained `.input()` parsers; plain objects are spread together. */
function mergeAll(values: unknown[]): unknown {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (values.length === 1) return values[0];
  // Not Object.assign: an own "__proto__" key (JSON.parse makes one) must stay a key, where
  // assigning it would set the merged object's prototype, a value no transport delivers.
  if (values.every(isObject)) return Object.fromEntries(values.flatMap((v) => Object.entries(v)));
  // One part is not an object: send it as is (the first parser that refuses it answers).
  return values.find((v) => !isObject(v));
}
