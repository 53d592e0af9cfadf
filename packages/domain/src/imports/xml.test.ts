import { describe, expect, it } from "vitest";
import { attribute, childNode, childNodes, childText, readXml } from "./xml";

const shape = {
  arrays: new Set(["item"]),
  attributes: new Set(["id"]),
  skip: new Set(["extensions"]),
};

describe("readXml", () => {
  it("keeps values as text, decodes character references and drops skipped elements", () => {
    const read = readXml(
      '<root xmlns:x="u"><x:item id="1" other="no"><name>Yll&#xE4;s &amp; &#228;</name><code>007</code>' +
        "<extensions><hr>150</hr></extensions></x:item></root>",
      shape,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [item] = childNodes(childNode(read.document, "root"), "item");
    expect(attribute(item, "id")).toBe("1");
    expect(attribute(item, "other")).toBeNull();
    expect(childText(item, "name")).toBe("Ylläs & ä");
    expect(childText(item, "code")).toBe("007");
    expect(item?.extensions).toBeUndefined();
  });

  it("reads one repeated element as a list, and empty ones as empty", () => {
    const read = readXml("<root><item/><item></item><empty>  </empty></root>", shape);
    if (!read.ok) throw new Error(read.problem);
    const root = childNode(read.document, "root");
    expect(childNodes(root, "item")).toEqual([{}, {}]);
    expect(childText(root, "empty")).toBeNull();
    expect(childNodes(root, "missing")).toEqual([]);
  });

  it("refuses a document cut short, with the line", () => {
    expect(readXml("<root>\n<item>\n", shape)).toMatchObject({ ok: false });
    expect(readXml("<root>\n<item></root>", shape)).toEqual({
      ok: false,
      problem: expect.stringMatching(/^it is not well-formed XML \(line 2: /),
    });
  });
});
