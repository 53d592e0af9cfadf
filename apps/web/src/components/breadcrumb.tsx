import Link from "next/link";
import { Fragment } from "react";

/** The way back up: the pages above this one, each a link, separated by slashes. */
export function Breadcrumb({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
      {trail.map((step, index) => (
        <Fragment key={step.href}>
          {index > 0 ? " / " : null}
          <Link href={step.href} className="inline-flex min-h-11 items-center hover:underline">
            {step.label}
          </Link>
        </Fragment>
      ))}
    </nav>
  );
}
