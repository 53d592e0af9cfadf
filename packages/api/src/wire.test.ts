import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { readWire, writeWire } from "./wire";

/** Through JSON, as over HTTP or in the page's hydration data. */
const sent = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const value = {
  athletes: [
    { name: "Ava", lastCheckin: { submittedAt: new Date("2026-12-01T20:00:00.000Z") } },
    { name: "Ben", lastCheckin: null },
  ],
  "a.b": { "c\\d": new Date(0), "": [new Date(5)] },
  pageParams: [null, undefined, "cursor"],
  today: "2026-12-04",
  count: 3,
};

describe("the wire format", () => {
  it("reads back what it wrote: Dates deep in arrays and objects, odd keys, undefined in arrays", () => {
    expect(readWire(sent(writeWire(value)))).toEqual(value);
    expect(readWire(sent(writeWire([1, undefined]))) as unknown[]).toHaveLength(2);
  });

  it("is superjson's: each reads what the other writes", () => {
    expect(superjson.deserialize(sent(writeWire(value)) as never)).toEqual(value);
    expect(readWire(sent(superjson.serialize(value)))).toEqual(value);
    expect(writeWire(value)).toEqual(superjson.serialize(value));
  });

  it("round-trips any plain data with Dates", () => {
    const leaf = fc.oneof(
      fc.date({ noInvalidDate: true }),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    // A Date under the key "" at the top would have the path "", which superjson reads as the root.
    const key = fc.string({ minLength: 1 }).filter((k) => k !== "__proto__");
    const data = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(key, tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, data, { maxKeys: 5 }), (plain) => {
        expect(readWire(sent(writeWire(plain)))).toEqual(plain);
        expect(superjson.deserialize(sent(writeWire(plain)) as never)).toEqual(plain);
      }),
    );
  });

  it("has no place for rarer values: the writer declines them, the reader refuses them", () => {
    for (const rare of [
      { tags: new Map([["a", 1]]) },
      { big: 2n },
      { at: new Date(Number.NaN) },
      new Date(0),
      { when: new URL("https://example.com") },
    ])
      expect(writeWire(rare)).toBeNull();
    expect(() => readWire(sent(superjson.serialize({ tags: new Map([["a", 1]]) })))).toThrow(
      "holds a map",
    );
    const shared = { a: 1 };
    expect(() => readWire(sent(superjson.serialize({ x: shared, y: shared })))).toThrow(
      "cannot read",
    );
  });
});
