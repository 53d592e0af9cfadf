import superjson from "superjson";

type Annotations = Record<string, ["Date"]>;

const escapeKey = (key: string) =>
  key.includes("\\") || key.includes(".") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key;
const join = (path: string, key: string) =>
  path === "" ? escapeKey(key) : `${path}.${escapeKey(key)}`;

const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * superjson's wire format written by one quick walk. Results hold plain data and Dates, and
 * superjson spends most of a large response (the coach's triage) tracking object identities it
 * never needs here (docs/performance.md). Dates become ISO strings with their paths annotated
 * exactly as superjson does, so the browser's superjson reads them back as Dates; anything rarer
 * (a Map, a BigInt, an invalid Date) falls back to superjson itself.
 */
export function serializeResult(value: unknown): { json: unknown; meta?: object } {
  const values: Annotations = {};
  let rare = false;
  const walk = (node: unknown, path: string): unknown => {
    if (node === null || typeof node !== "object") {
      if (typeof node === "bigint" || typeof node === "symbol" || typeof node === "function")
        rare = true;
      return node;
    }
    if (node instanceof Date) {
      if (Number.isNaN(node.getTime()) || path === "") rare = true;
      values[path] = ["Date"];
      return rare ? node : node.toISOString();
    }
    if (Array.isArray(node)) {
      const out = new Array(node.length);
      for (let i = 0; i < node.length; i++) {
        if (node[i] === undefined) rare = true;
        out[i] = walk(node[i], join(path, String(i)));
      }
      return out;
    }
    if (!isPlainObject(node)) {
      rare = true;
      return node;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      // JSON leaves an undefined property out; the reader sees undefined either way.
      if (child !== undefined) out[key] = walk(child, join(path, key));
    }
    return out;
  };
  const json = walk(value, "");
  if (rare) return superjson.serialize(value) as { json: unknown; meta?: object };
  return Object.keys(values).length > 0 ? { json, meta: { values, v: 1 } } : { json };
}

/** What the server speaks: superjson in, the quick walk out (which superjson reads). */
export const transformer = {
  input: superjson,
  output: { serialize: serializeResult, deserialize: superjson.deserialize },
};
