import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { serializeResult } from "./transformer";

const roundTrip = (value: unknown) =>
  superjson.deserialize(JSON.parse(JSON.stringify(serializeResult(value))));

describe("the result transformer", () => {
  it("writes what superjson reads back: Dates deep in arrays and objects, odd keys included", () => {
    const value = {
      athletes: [
        { name: "Ava", lastCheckin: { submittedAt: new Date("2026-12-01T20:00:00.000Z") } },
        { name: "Ben", lastCheckin: null },
      ],
      "a.b": { "c\\d": new Date(0) },
      today: "2026-12-04",
      count: 3,
    };
    expect(roundTrip(value)).toEqual(value);
    expect(serializeResult(value)).toEqual(
      expect.objectContaining({
        meta: {
          values: { "athletes.0.lastCheckin.submittedAt": ["Date"], "a\\.b.c\\\\d": ["Date"] },
          v: 1,
        },
      }),
    );
  });

  it("leaves plain data without annotations, and drops undefined properties as JSON does", () => {
    expect(serializeResult({ a: 1, b: [true, "x"], c: undefined })).toEqual({
      json: { a: 1, b: [true, "x"] },
    });
  });

  it("hands anything rarer to superjson itself", () => {
    const value = { at: new Date(0), tags: new Map([["a", 1]]), big: 2n };
    expect(serializeResult(value)).toEqual(superjson.serialize(value));
    expect(roundTrip(new Date(5))).toEqual(new Date(5));
  });
});
