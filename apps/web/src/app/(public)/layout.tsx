import Link from "next/link";
import type { ReactNode } from "react";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    // Top-aligned, not centred: when the browser paints before all of the page has arrived (a slow
    // network, a busy phone), what comes later goes below instead of moving what is shown.
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-4 py-10 sm:py-20">
      <Link href="/" className="mb-8 text-center text-3xl font-black tracking-tight text-brand-600">
        Stride
      </Link>
      <main>{children}</main>
    </div>
  );
}
