import type { WebLink } from "@stride/domain/text/links";
import type { ReactNode } from "react";

/**
 * Text a person wrote, shown as text: React escapes every character, so HTML and scripts appear
 * literally. Its web links (http and https only, found where the text was read: see
 * `findWebLinks`) become links, opened safely in a new tab.
 */
export function RichText({ text, links }: { text: string; links: readonly WebLink[] }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const link of links) {
    if (link.start > last) parts.push(text.slice(last, link.start));
    parts.push(
      <a
        key={link.start}
        href={link.href}
        target="_blank"
        rel="noopener noreferrer nofollow ugc"
        className="underline break-all"
      >
        {text.slice(link.start, link.end)}
      </a>,
    );
    last = link.end;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <span className="whitespace-pre-line">{parts}</span>;
}
