import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "./server/csp";

/** Every page gets a fresh nonce and the policy that names it (see server/csp.ts). */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: static files, images and the API answer with the headers from next.config.ts.
  // Prefetches too: a prefetched page is a page, and must carry the same policy.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
