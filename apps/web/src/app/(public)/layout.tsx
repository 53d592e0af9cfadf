import Link from "next/link";
import type { ReactNode } from "react";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <Link href="/" className="mb-8 text-center text-3xl font-black tracking-tight text-brand-600">
        Stride
      </Link>
      <main>{children}</main>
    </div>
  );
}
