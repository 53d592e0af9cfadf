import { describe, expect, it } from "vitest";
import { findWebLinks } from "./links";

describe("findWebLinks", () => {
  it("finds http and https links with their place in the text", () => {
    const text = "Route: https://example.com/hills?x=1 and http://a.example/b.";
    expect(findWebLinks(text)).toEqual([
      { start: 7, end: 36, href: "https://example.com/hills?x=1" },
      { start: 41, end: 59, href: "http://a.example/b" },
    ]);
  });

  it("links a bare domain over http, as before", () => {
    expect(findWebLinks("see example.com")).toEqual([
      { start: 4, end: 15, href: "http://example.com" },
    ]);
  });

  it("leaves other schemes, emails and markup alone", () => {
    expect(findWebLinks("javascript:alert(1) ftp://x.example a@b.example <b>hi</b>")).toEqual([]);
  });
});
