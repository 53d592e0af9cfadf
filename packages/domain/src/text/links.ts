import { find } from "linkifyjs";

/** A web link inside a text: the characters from `start` to `end` open `href`. */
export type WebLink = { start: number; end: number; href: string };

/**
 * The web links (http and https only) in text a person wrote, as the screens show them: found
 * once where the text is read, so the browser ships no link parser.
 */
export function findWebLinks(text: string): WebLink[] {
  return find(text, "url")
    .filter((link) => /^https?:\/\//i.test(link.href))
    .map(({ start, end, href }) => ({ start, end, href }));
}

/** The links in each part of a check-in's reflection. */
export function reflectionLinks(reflection: {
  wentWell: string;
  gotInTheWay: string;
  nextFocus: string;
}) {
  return {
    wentWell: findWebLinks(reflection.wentWell),
    gotInTheWay: findWebLinks(reflection.gotInTheWay),
    nextFocus: findWebLinks(reflection.nextFocus),
  };
}
