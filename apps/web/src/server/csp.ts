/**
 * Security headers for every page, with a fresh nonce per request: Next puts it on its own inline
 * scripts (it reads the policy from the request headers), and a script without it does not run.
 * Styles may be inline (style attributes from charts and progress bars); scripts may not.
 */
export function contentSecurityPolicy(nonce: string, production: boolean) {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced scripts load the app's chunks; dev mode needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/sw.js): 'strict-dynamic' leaves 'self' out of script-src for it.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
