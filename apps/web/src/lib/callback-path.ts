/**
 * Where to go after signing in. Only paths on this site are allowed ("/settings"), never another
 * origin ("https://evil.example", "//evil.example", "/\\evil.example"), so the sign-in page cannot
 * be used as an open redirect.
 */
export function safeCallbackPath(value: unknown, fallback = "/week"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/\p{Cc}/u.test(value)) return fallback;
  return value;
}
