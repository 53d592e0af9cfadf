import { describe, expect, it } from "vitest";
import { decodeText } from "./text";

describe("decodeText", () => {
  it("reads UTF-8 and drops its byte-order mark", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode("<gpx>Pölten</gpx>"),
    ]);
    expect(decodeText(bytes)).toBe("<gpx>Pölten</gpx>");
  });

  it("follows the encoding an XML declaration names", () => {
    const text = '<?xml version="1.0" encoding="ISO-8859-1"?><name>Ylläs</name>';
    const bytes = Uint8Array.from(text, (character) => character.charCodeAt(0));
    expect(decodeText(bytes)).toBe(text);
  });

  it("falls back to UTF-8 for an encoding it does not know", () => {
    const text = '<?xml version="1.0" encoding="klingon"?><a>ä</a>';
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const text = "<gpx/>";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeText(bytes)).toBe(text);
  });
});
