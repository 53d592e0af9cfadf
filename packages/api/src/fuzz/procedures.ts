import { z } from "zod";
import { appRouter } from "../root";

/** The subset of JSON Schema that `z.toJSONSchema` writes for the API's inputs. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  /** Set by `toJsonSchema` below for `z.date()`, which JSON Schema cannot describe. */
  "x-fuzz-date"?: true;
  $ref?: string;
};

export type ProcedureType = "query" | "mutation" | "subscription";

export type ProcedureInfo = {
  /** Dotted path, as the client calls it: "goals.update". */
  path: string;
  type: ProcedureType;
  /**
   * One JSON Schema per `.input()` in the chain. tRPC parses the raw input with each and merges
   * the results, so a valid input satisfies all of them at once (an empty list: no input).
   */
  inputs: JsonSchema[];
};

type ProcedureDef = { _def: { type: ProcedureType; inputs?: unknown[] } };

/** The input schema as the client must send it (before transforms and defaults). */
export function toJsonSchema(parser: unknown): JsonSchema {
  if (!(parser instanceof z.ZodType)) {
    throw new Error("Every procedure input is expected to be a zod schema");
  }
  return z.toJSONSchema(parser, {
    io: "input",
    reused: "inline",
    unrepresentable: ({ zodSchema }) =>
      zodSchema._zod.def.type === "date" ? { "x-fuzz-date": true } : "any",
  }) as JsonSchema;
}

/** Every procedure of the app router, read from the router itself (never a hand-kept list). */
export function listProcedures(): ProcedureInfo[] {
  const record = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(record)
    .map(([path, procedure]) => ({
      path,
      type: procedure._def.type,
      inputs: (procedure._def.inputs ?? []).map(toJsonSchema),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function branches(schema: JsonSchema): JsonSchema[] {
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
}

function isOpen(schema: JsonSchema) {
  return (
    schema.type === undefined &&
    branches(schema).length === 0 &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema["x-fuzz-date"] === undefined
  );
}

/**
 * Whether a `fieldErrors` key ("goals.2.excuse") is a path into the input schema: each segment is a
 * property of an object on the way, or an index into an array.
 */
export function isPathOf(schemas: readonly JsonSchema[], key: string): boolean {
  const walk = (schema: JsonSchema, segments: string[]): boolean => {
    const [head, ...rest] = segments;
    if (head === undefined) return true;
    if (isOpen(schema)) return true;
    if (branches(schema).some((branch) => walk(branch, segments))) return true;
    const property = schema.properties?.[head];
    if (property) return walk(property, rest);
    if (schema.items && /^\d+$/.test(head)) return walk(schema.items, rest);
    return false;
  };
  return schemas.some((schema) => walk(schema, key.split(".")));
}

/** Whether `name` is a property anywhere in the input schema (for a key named without its path). */
export function isPropertyAnywhere(schemas: readonly JsonSchema[], name: string): boolean {
  const walk = (schema: JsonSchema): boolean =>
    Object.keys(schema.properties ?? {}).includes(name) ||
    Object.values(schema.properties ?? {}).some(walk) ||
    (schema.items !== undefined && walk(schema.items)) ||
    branches(schema).some(walk);
  return schemas.some(walk);
}

/** The top-level property names of an input (over all its parsers and union options). */
export function topLevelKeys(schemas: readonly JsonSchema[]): string[] {
  const keys = new Set<string>();
  const collect = (schema: JsonSchema) => {
    for (const key of Object.keys(schema.properties ?? {})) keys.add(key);
    for (const branch of branches(schema)) collect(branch);
  };
  for (const schema of schemas) collect(schema);
  return [...keys].sort();
}
