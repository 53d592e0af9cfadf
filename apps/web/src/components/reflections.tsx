import type { ComponentProps } from "react";
import { RichText } from "./rich-text";

type Links = ComponentProps<typeof RichText>["links"];

/** A check-in's reflection as others read it (a group's feed, the coach): the parts it has. */
export function Reflections({
  checkin,
}: {
  checkin: {
    wentWell: string | null;
    gotInTheWay: string | null;
    nextFocus: string | null;
    links: { wentWell: Links; gotInTheWay: Links; nextFocus: Links };
  };
}) {
  const parts = [
    ["Went well", checkin.wentWell, checkin.links.wentWell],
    ["Got in the way", checkin.gotInTheWay, checkin.links.gotInTheWay],
    ["Next week", checkin.nextFocus, checkin.links.nextFocus],
  ] as const;
  return (
    <dl className="mt-3 space-y-2 text-sm">
      {parts.map(([label, text, links]) =>
        text ? (
          <div key={label}>
            <dt className="font-medium">{label}</dt>
            <dd className="text-zinc-700 dark:text-zinc-300">
              <RichText text={text} links={links} />
            </dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
