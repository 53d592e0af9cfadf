import Link from "next/link";
import type { ComponentProps } from "react";

/** A link in running text: the brand's colour, underlined. */
export function TextLink(props: ComponentProps<typeof Link>) {
  return <Link className="font-semibold text-brand-700 underline dark:text-brand-500" {...props} />;
}
