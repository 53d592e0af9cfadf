/**
 * What travels between Stride's server and browser: superjson's wire format for plain data and
 * Dates, written and read by one quick walk, without superjson. superjson tracks object
 * identities nobody needs here (most of a large response's time, docs/performance.md) and is
 * about 5 kB of every signed-in page's JavaScript; the server still reads inputs with superjson
 * (`transformer.ts`), which reads this format too.
 *
 * A Date becomes its ISO string and an `undefined` in an array becomes null, each path annotated
 * as superjson does (`meta.values`). Anything rarer (a Map, a BigInt, a class instance, an invalid
 * Date) has no place in it: `writeWire` answers null for it, and `readWire` refuses superjson's
 * annotations for it with a clear error.
 */

export type Wire = { json: unknown; meta?: { values: Record<string, [Annotation]>; v: 1 } };
type Annotation = "Date" | "undefined";

const escapeKey = (key: string) =>
  key.includes("\\") || key.includes(".") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key;
const join = (path: string, key: string) =>
  path === "" ? escapeKey(key) : `${path}.${escapeKey(key)}`;

const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** The wire form of `value`, or null when it holds something rarer than plain data and Dates. */
export function writeWire(value: unknown): Wire | null {
  const values: Record<string, [Annotation]> = {};
  let rare = false;
  const walk = (node: unknown, path: string): unknown => {
    if (node === null || typeof node !== "object") {
      if (typeof node === "bigint" || typeof node === "symbol" || typeof node === "function")
        rare = true;
      return node;
    }
    if (node instanceof Date) {
      // superjson annotates a Date at the top differently; an invalid one has no ISO string.
      if (Number.isNaN(node.getTime()) || path === "") rare = true;
      values[path] = ["Date"];
      return rare ? node : node.toISOString();
    }
    if (Array.isArray(node)) {
      const out = new Array(node.length);
      for (let i = 0; i < node.length; i++) {
        const at = join(path, String(i));
        if (node[i] === undefined) {
          values[at] = ["undefined"];
          out[i] = null;
        } else out[i] = walk(node[i], at);
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
  if (rare) return null;
  return Object.keys(values).length > 0 ? { json, meta: { values, v: 1 } } : { json };
}

/** A path as superjson writes it ("a.0.b", dots and backslashes in keys escaped) as its keys. */
function splitPath(path: string): string[] {
  const keys: string[] = [];
  let key = "";
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === "\\") {
      key += path[i + 1] ?? "";
      i++;
    } else if (char === ".") {
      keys.push(key);
      key = "";
    } else key += char;
  }
  keys.push(key);
  return keys;
}

/** The value `writeWire` wrote (after JSON), Dates and undefined in arrays restored. */
export function readWire(wire: unknown): unknown {
  const { json, meta } = wire as { json: unknown; meta?: Record<string, unknown> };
  if (!meta) return json;
  const { values } = meta;
  const other = Object.keys(meta).some((key) => key !== "values" && key !== "v");
  if (other || !values || typeof values !== "object" || Array.isArray(values))
    throw new Error("The server's answer holds a value Stride's browser code cannot read");
  for (const [path, [kind]] of Object.entries(values as Record<string, [string]>)) {
    const keys = splitPath(path);
    const last = keys.pop() as string;
    let parent = json as Record<string, unknown>;
    for (const key of keys) parent = parent[key] as Record<string, unknown>;
    if (kind === "Date") parent[last] = new Date(parent[last] as string);
    else if (kind === "undefined") parent[last] = undefined;
    else
      throw new Error(
        `The server's answer holds a ${kind}, which Stride's browser code cannot read`,
      );
  }
  return json;
}
