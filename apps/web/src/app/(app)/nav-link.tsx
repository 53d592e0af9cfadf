"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** One section's link, marked as the current page under its own path. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`flex min-h-14 min-w-0 flex-col items-center justify-center gap-0.5 text-[0.6875rem] leading-tight font-medium lg:min-h-11 lg:shrink-0 lg:flex-row lg:rounded-lg lg:px-3 lg:text-sm ${
        active
          ? "bg-brand-50 text-brand-700 dark:bg-brand-700/20 dark:text-brand-100"
          : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      }`}
    >
      {children}
    </Link>
  );
}
