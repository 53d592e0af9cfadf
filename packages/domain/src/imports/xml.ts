import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An element as fast-xml-parser gives it: child elements by name, attributes under "@name". */
export type XmlNode = { readonly [key: string]: unknown };

export type XmlShape = {
  /** Elements that may repeat, always read as arrays so one and many look alike. */
  arrays: ReadonlySet<string>;
  /** Attributes to keep; the rest are dropped, which saves memory on big files. */
  attributes: ReadonlySet<string>;
  /** Elements dropped with everything inside them (heart rate, cadence and other extensions). */
  skip: ReadonlySet<string>;
  /** Elements kept as their raw inner text, unparsed (a GPX point's extensions, for its heart rate). */
  raw?: ReadonlySet<string>;
};

export type XmlRead = { ok: true; document: XmlNode } | { ok: false; problem: string };

/**
 * Parses an XML document into plain objects, namespace prefixes removed and every value kept as
 * text (numbers are read by the caller, so "04-FEB-13" stays a name). The parser alone accepts a
 * document cut short, so it is validated first and a broken one comes back as a problem.
 */
export function readXml(text: string, shape: XmlShape): XmlRead {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, msg } = validation.err;
    return { ok: false, problem: `it is not well-formed XML (line ${line}: ${msg})` };
  }
  const parser = new XMLParser({
    ignoreAttributes: (name) => !shape.attributes.has(name),
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Decodes numeric character references such as "Yll&#xE4;s", which XML allows anywhere.
    htmlEntities: true,
    isArray: (name) => shape.arrays.has(name),
    // Skipped elements are read as raw text up to their end tag (stopNodes) and then dropped
    // (updateTag); together they parse a 10 MB GPX with heart rate about a third faster.
    stopNodes: [...shape.skip, ...(shape.raw ?? [])].map((name) => `*.${name}`),
    updateTag: (name) => !shape.skip.has(name),
  });
  try {
    const document: unknown = parser.parse(text);
    return isNode(document) ? { ok: true, document } : { ok: false, problem: "it holds no XML" };
  } catch (error) {
    return { ok: false, problem: `it could not be read as XML (${messageOf(error)})` };
  }
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function childNode(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  return isNode(value) ? value : undefined;
}

/** Child elements (declared as arrays in the shape); an empty element reads as `{}`. */
export function childNodes(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (isNode(item) ? item : {}));
}

/** The trimmed text of an element, or null when it is missing or empty. */
export function childText(node: XmlNode | undefined, name: string): string | null {
  return textOf(node?.[name]);
}

export function attribute(node: XmlNode | undefined, name: string): string | null {
  return textOf(node?.[`@${name}`]);
}

function textOf(value: unknown): string | null {
  const raw = isNode(value) ? value["#text"] : Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" && typeof raw !== "number") return null;
  const text = String(raw).trim();
  return text === "" ? null : text;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
