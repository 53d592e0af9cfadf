import { createHmac, timingSafeEqual } from "node:crypto";

const macOf = (userId: string, secret: string) =>
  createHmac("sha256", secret).update(userId).digest("base64url");

/** The bare server's session: `bare=<user id>.<HMAC>`, checked without a database read. */
export function signBareCookie(userId: string, secret: string) {
  return `bare=${userId}.${macOf(userId, secret)}`;
}

export function verifyBareCookie(header: string | undefined, secret: string): string | null {
  const cookie = (header ?? "").split(/;\s*/).find((c) => c.startsWith("bare="));
  if (!cookie) return null;
  const [userId = "", mac = ""] = cookie.slice("bare=".length).split(".");
  const expected = macOf(userId, secret);
  return mac.length === expected.length && timingSafeEqual(Buffer.from(mac), Buffer.from(expected))
    ? userId
    : null;
}
