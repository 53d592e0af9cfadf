import { DomainError } from "@stride/domain/errors";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { preview } from "./harness";
import { judge, type Outcome } from "./judge";
import { type ProcedureInfo, toJsonSchema } from "./procedures";
import { SchemaArbitraries } from "./schema-arbitrary";

// The fuzz is only worth its runs if its property can fail: these check the judge on answers
// made by hand, so a judge that lets everything through is caught here.

const schema = z.object({
  groupId: z.uuid(),
  changes: z.object({ periodEnd: z.iso.date() }).partial(),
  tags: z.array(z.string()),
});
const procedure: ProcedureInfo = {
  path: "test.update",
  type: "mutation",
  inputs: [toJsonSchema(schema)],
};

const refused = (error: unknown): Outcome => ({ kind: "refused", error });
const zodRefusal = (input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("Expected the input to be refused");
  return refused(new TRPCError({ code: "BAD_REQUEST", cause: parsed.error }));
};
const domain = (code: "INVALID" | "NOT_FOUND", message: string, field?: string) =>
  refused(
    new TRPCError({
      code: code === "INVALID" ? "BAD_REQUEST" : "NOT_FOUND",
      message,
      cause: new DomainError(code, message, { field }),
    }),
  );

describe("the fuzz's property", () => {
  it("fails a server fault, a non-tRPC error and a hang", () => {
    const fault = refused(
      new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("boom") }),
    );
    expect(judge(procedure, {}, fault).problems).toHaveLength(1);
    expect(judge(procedure, {}, refused(new TypeError("x is undefined"))).problems).toHaveLength(1);
    expect(judge(procedure, {}, { kind: "hang", what: "no answer" }).problems).toHaveLength(1);
  });

  it("passes an answer and a refusal that names the field", () => {
    expect(judge(procedure, {}, { kind: "ok" }).problems).toEqual([]);
    const input = { groupId: "nope", changes: {}, tags: [] };
    expect(judge(procedure, input, zodRefusal(input))).toMatchObject({
      label: "BAD_REQUEST",
      problems: [],
    });
    const nested = {
      groupId: crypto.randomUUID(),
      changes: { periodEnd: "2027-02-29" },
      tags: [1],
    };
    expect(judge(procedure, nested, zodRefusal(nested)).problems).toEqual([]);
  });

  it("allows the root key only when the whole input is not an object", () => {
    expect(judge(procedure, null, zodRefusal(null)).problems).toEqual([]);
    expect(judge(procedure, [1], zodRefusal([1])).problems).toEqual([]);
    // An object input refused at the root names no field.
    const rootOnly = z.object({ a: z.string() }).refine(() => false, "Something is wrong");
    const parsed = rootOnly.safeParse({ a: "x" });
    const outcome = refused(new TRPCError({ code: "BAD_REQUEST", cause: parsed.error }));
    expect(judge(procedure, { a: "x" }, outcome).problems).toHaveLength(1);
  });

  it("fails a refusal caused by a thrown error rather than a validation issue", () => {
    const thrown = refused(
      new TRPCError({ code: "BAD_REQUEST", cause: new RangeError("Invalid time value") }),
    );
    expect(judge(procedure, {}, thrown).problems).toHaveLength(1);
  });

  it("fails a field that is not in the input; notes one named without its path", () => {
    expect(
      judge(procedure, {}, domain("INVALID", "No such thing.", "colour")).problems,
    ).toHaveLength(1);
    const relative = judge(procedure, {}, domain("INVALID", "Too long.", "periodEnd"));
    expect(relative.problems).toEqual([]);
    expect(relative.notes).toHaveLength(1);
    expect(judge(procedure, {}, domain("NOT_FOUND", "Not found.", "groupId")).notes).toEqual([]);
  });

  it("notes a domain refusal about no field, and needs a retry time when rate limited", () => {
    expect(judge(procedure, {}, domain("INVALID", "Only the owner can.")).notes).toHaveLength(1);
    const limited = refused(
      new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: "Too many.",
        cause: new DomainError("RATE_LIMITED", "Too many."),
      }),
    );
    expect(judge(procedure, {}, limited).problems).toHaveLength(1);
  });
});

describe("the schema-shaped generator", () => {
  it("makes inputs the schema accepts in valid mode, and refused ones in hostile mode", () => {
    const valid = fc.sample(new SchemaArbitraries("valid").forInputs(procedure.inputs), 200);
    const hostile = fc.sample(new SchemaArbitraries("hostile").forInputs(procedure.inputs), 200);
    const accepted = (inputs: unknown[]) =>
      inputs.filter((v) => schema.safeParse(v).success).length;
    expect(accepted(valid)).toBeGreaterThan(60);
    expect(accepted(hostile)).toBeLessThan(150);
  });

  it("merges chained inputs as JSON delivers them: a __proto__ key stays a key", () => {
    const chained = [
      toJsonSchema(z.object({ athleteId: z.uuid() })),
      toJsonSchema(z.object({ id: z.uuid() })),
    ];
    const inputs = fc.sample(new SchemaArbitraries("hostile").forInputs(chained), {
      numRuns: 3000,
      seed: 1,
    });
    const objects = inputs.filter((v): v is object => typeof v === "object" && v !== null);
    const prototypes = new Set(objects.map((v) => Object.getPrototypeOf(v)));
    expect([...prototypes].every((p) => p === Object.prototype || p === Array.prototype)).toBe(
      true,
    );
    expect(objects.some((v) => Object.hasOwn(v, "__proto__"))).toBe(true);
  });

  it("previews a value whose prototype is a Set, a Map or a Date without calling them", () => {
    for (const proto of [new Set([1]), new Map([[1, 2]]), new Date(0), /x/]) {
      const odd = Object.create(proto) as object;
      expect(preview({ odd })).toBe('{"odd":{}}');
    }
  });

  it("previews huge values briefly", () => {
    const text = preview({
      body: "x".repeat(100_000),
      list: Array.from({ length: 10_000 }, () => 1),
    });
    expect(text.length).toBeLessThan(400);
  });
});
