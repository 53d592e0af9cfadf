import { find } from "linkifyjs";
import type { ReactNode } from "react";

/**
 * Text a person wrote, shown as text: React escapes every character, so HTML and scripts appear
 * literally. Web links become links (http and https only), opened safely in a new tab.
 */
export function RichText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const link of find(text, "url")) {
    if (!/^https?:\/\//i.test(link.href)) continue;
    if (link.start > last) parts.push(text.slice(last, link.start));
    parts.push(
      <a
        key={link.start}
        href={link.href}
        target="_blank"
        rel="noopener noreferrer nofollow ugc"
        className="underline break-all"
      >
        {link.value}
      </a>,
    );
    last = link.end;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <span className="whitespace-pre-line">{parts}</span>;
}
